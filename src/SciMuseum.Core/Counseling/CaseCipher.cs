using System.Security.Cryptography;
using System.Text;

namespace SciMuseum.Core.Counseling;

/// <summary>
/// Seals and opens case fields one by one with AES-256-GCM. Each value gets a fresh random 96-bit nonce and is bound to
/// its record and field (associated data <c>purpose</c>, e.g. <c>case.presentingProblem:{id}</c>), so a sealed value
/// copied into another row or column does not open. A sealed value reads <c>cc1:{keyId}:{base64(nonce|tag|ciphertext)}</c>;
/// the key id lets old values open after the current key changes (rotation: see the README). The keys never enter
/// the database: they come from configuration or a key file (<see cref="CaseKeys"/>).
/// </summary>
public sealed class CaseCipher
{
    private const string Prefix = "cc1:";
    private const int NonceSize = 12;
    private const int TagSize = 16;

    private readonly IReadOnlyDictionary<string, byte[]> keys;

    public CaseCipher(string currentKeyId, IReadOnlyDictionary<string, byte[]> keys)
    {
        if (!keys.TryGetValue(currentKeyId, out var current) || current.Length != 32)
            throw new ArgumentException($"The current counseling key '{currentKeyId}' must be 32 bytes.", nameof(keys));
        if (keys.Keys.Any(k => k.Length == 0 || k.Contains(':')))
            throw new ArgumentException("A counseling key id may not be empty or contain ':'.", nameof(keys));
        CurrentKeyId = currentKeyId;
        this.keys = keys;
    }

    public string CurrentKeyId { get; }

    /// <summary>The sealed form of <paramref name="plain"/>; an empty value stays empty (nothing to hide but that it is empty).</summary>
    public string Seal(string? plain, string purpose)
    {
        if (string.IsNullOrEmpty(plain)) return "";
        var data = Encoding.UTF8.GetBytes(plain);
        var output = new byte[NonceSize + TagSize + data.Length];
        var nonce = output.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(keys[CurrentKeyId], TagSize);
        aes.Encrypt(nonce, data, output.AsSpan(NonceSize + TagSize), output.AsSpan(NonceSize, TagSize), Encoding.UTF8.GetBytes(purpose));
        return $"{Prefix}{CurrentKeyId}:{Convert.ToBase64String(output)}";
    }

    /// <summary>The plain text of a sealed value; throws <see cref="CryptographicException"/> for a value not sealed for this purpose or by a key it does not hold.</summary>
    public string Open(string? sealedValue, string purpose)
    {
        if (string.IsNullOrEmpty(sealedValue)) return "";
        var (keyId, blob) = Parse(sealedValue);
        if (!keys.TryGetValue(keyId, out var key))
            throw new CryptographicException($"The counseling key '{keyId}' is not configured; add it to the previous keys to read values sealed with it.");
        if (blob.Length < NonceSize + TagSize) throw new CryptographicException("A sealed value is truncated.");
        var plain = new byte[blob.Length - NonceSize - TagSize];
        using var aes = new AesGcm(key, TagSize);
        aes.Decrypt(blob.AsSpan(0, NonceSize), blob.AsSpan(NonceSize + TagSize), blob.AsSpan(NonceSize, TagSize), plain, Encoding.UTF8.GetBytes(purpose));
        return Encoding.UTF8.GetString(plain);
    }

    /// <summary>Whether a sealed value was sealed with the current key (rotation re-seals the others).</summary>
    public bool IsCurrent(string? sealedValue) => string.IsNullOrEmpty(sealedValue) || Parse(sealedValue).KeyId == CurrentKeyId;

    /// <summary>Opens with whichever key sealed it and seals again with the current one.</summary>
    public string Reseal(string? sealedValue, string purpose) => IsCurrent(sealedValue) ? sealedValue ?? "" : Seal(Open(sealedValue, purpose), purpose);

    private static (string KeyId, byte[] Blob) Parse(string value)
    {
        if (!value.StartsWith(Prefix, StringComparison.Ordinal)) throw new CryptographicException("Not a sealed counseling value.");
        var rest = value.AsSpan(Prefix.Length);
        var colon = rest.IndexOf(':');
        if (colon <= 0) throw new CryptographicException("A sealed counseling value has no key id.");
        try
        {
            return (rest[..colon].ToString(), Convert.FromBase64String(rest[(colon + 1)..].ToString()));
        }
        catch (FormatException e)
        {
            throw new CryptographicException("A sealed counseling value is damaged.", e);
        }
    }
}

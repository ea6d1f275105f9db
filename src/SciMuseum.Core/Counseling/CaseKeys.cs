using System.Security.Cryptography;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace SciMuseum.Core.Counseling;

/// <summary>
/// Where the counseling key comes from, first match wins:
/// <list type="number">
/// <item><c>SciMuseum:Counseling:Key</c> (base64 of 32 bytes) with <c>SciMuseum:Counseling:KeyId</c> (default <c>k1</c>),
/// and any <c>SciMuseum:Counseling:PreviousKeys:{id}</c> kept to open values sealed before a rotation;</item>
/// <item><c>SciMuseum:Counseling:KeyFile</c>: a file of lines <c>{id} {base64}</c>, the first the current key, the others previous;</item>
/// <item>neither: <c>data/counseling.key</c> under the app's folder, made on first use (a single-server install; the
/// log warns to move it out of the data folder that backups copy).</item>
/// </list>
/// Never the database: a database backup then carries only ciphertext.
/// </summary>
public static class CaseKeys
{
    public const string Section = "SciMuseum:Counseling";

    public static CaseCipher Load(IConfiguration config, string contentRoot, ILogger? log = null)
    {
        var keys = new Dictionary<string, byte[]>();
        if (config[$"{Section}:Key"] is { Length: > 0 } key)
        {
            var id = config[$"{Section}:KeyId"] is { Length: > 0 } k ? k : "k1";
            keys[id] = Decode(key, $"{Section}:Key");
            foreach (var old in config.GetSection($"{Section}:PreviousKeys").GetChildren())
                if (old.Value is { Length: > 0 } v) keys.TryAdd(old.Key, Decode(v, $"{Section}:PreviousKeys:{old.Key}"));
            return new CaseCipher(id, keys);
        }
        var file = config[$"{Section}:KeyFile"];
        if (string.IsNullOrWhiteSpace(file))
        {
            file = Path.Combine(contentRoot, "data", "counseling.key");
            if (!File.Exists(file))
            {
                Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                File.WriteAllText(file, $"# SciMuseum counseling key: keep it out of database backups. First line = current key.\nk{DateTime.UtcNow:yyyyMMdd} {Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))}\n");
                if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
                log?.LogWarning("Made a counseling key at {File}. For a real deployment set SciMuseum:Counseling:KeyFile to a file outside the data folder (or SciMuseum:Counseling:Key) and keep a copy apart from the backups.", file);
            }
        }
        string? current = null;
        foreach (var line in File.ReadAllLines(file).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            var parts = line.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (parts.Length != 2) throw new InvalidOperationException($"{file}: each line is '<key id> <base64 key>'.");
            current ??= parts[0];
            keys.TryAdd(parts[0], Decode(parts[1], file));
        }
        return new CaseCipher(current ?? throw new InvalidOperationException($"{file} holds no counseling key."), keys);
    }

    private static byte[] Decode(string base64, string where)
    {
        try
        {
            var bytes = Convert.FromBase64String(base64.Trim());
            return bytes.Length == 32 ? bytes : throw new InvalidOperationException($"{where}: a counseling key is 32 bytes (base64), not {bytes.Length}.");
        }
        catch (FormatException)
        {
            throw new InvalidOperationException($"{where}: not base64.");
        }
    }
}

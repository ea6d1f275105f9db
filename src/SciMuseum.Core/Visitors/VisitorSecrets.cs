using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Persistence;

namespace SciMuseum.Core.Visitors;

/// <summary>
/// The museum's secrets for visits: ID numbers are encrypted with the shared data-protection keys (any instance can
/// read them), hashed with the museum's ticket key (one booking per ID per day, no-show counts) and tickets are
/// signed with it, so a QR code carries only a ticket id and a signature: nothing personal, nothing guessable.
/// </summary>
public sealed class VisitorSecrets(byte[] ticketKey, IDataProtector protector)
{
    private const string QrPrefix = "SM1.";

    public static async Task<VisitorSecrets> ForMuseumAsync(MuseumDb db, IDataProtectionProvider protection, CancellationToken ct = default) =>
        new((await VisitorSettingsStore.GetAsync(db, ct)).TicketKey, Protector(protection));

    public static IDataProtector Protector(IDataProtectionProvider protection) =>
        protection.CreateProtector("SciMuseum.Visitors.IdNumber.v1");

    public string Protect(string idNumber) => protector.Protect(idNumber);

    public string Unprotect(string idProtected) => idProtected.Length == 0 ? "" : protector.Unprotect(idProtected);

    public string Hash(IdType type, string idNumber) =>
        Base64Url.EncodeToString(HMACSHA256.HashData(ticketKey, Encoding.UTF8.GetBytes($"id|{type}|{IdDocuments.Normalize(idNumber)}")).AsSpan(0, 24));

    /// <summary>The QR text of a ticket: <c>SM1.</c>, the ticket id, a 96-bit signature.</summary>
    public string Qr(Guid ticketId)
    {
        var id = ticketId.ToByteArray();
        return QrPrefix + Base64Url.EncodeToString(id) + "." + Base64Url.EncodeToString(Sign(id));
    }

    /// <summary>The ticket id of a genuine QR text, or null for anything forged, tampered or not ours.</summary>
    public Guid? ReadQr(string? text)
    {
        text = text?.Trim();
        if (text is null || !text.StartsWith(QrPrefix, StringComparison.Ordinal) || text.Length > 80) return null;
        var parts = text[QrPrefix.Length..].Split('.');
        if (parts.Length != 2) return null;
        try
        {
            var id = Base64Url.DecodeFromChars(parts[0]);
            var signature = Base64Url.DecodeFromChars(parts[1]);
            return id.Length == 16 && CryptographicOperations.FixedTimeEquals(signature, Sign(id)) ? new Guid(id) : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private byte[] Sign(byte[] id) => HMACSHA256.HashData(ticketKey, (byte[])[.. "qr|"u8, .. id]).AsSpan(0, 12).ToArray();
}

/// <summary>Each museum's one settings row, made with the defaults the first time anyone asks.</summary>
public static class VisitorSettingsStore
{
    /// <summary>The settings as this instance last read them (at most <see cref="VisitorCache.Lifetime"/> old).</summary>
    public static Task<VisitorSettings> GetAsync(MuseumDb db, CancellationToken ct = default) => VisitorCache.SettingsAsync(db, ct);

    public static async Task<VisitorSettings> LoadAsync(MuseumDb db, CancellationToken ct = default)
    {
        var settings = await db.Set<VisitorSettings>().AsNoTracking().FirstOrDefaultAsync(ct);
        if (settings is not null) return settings;
        var museum = db.User.MuseumId ?? throw new InvalidOperationException("No museum is selected.");
        settings = new VisitorSettings { MuseumId = museum };
        db.Add(settings);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another instance made it first: use theirs.
            db.Entry(settings).State = EntityState.Detached;
            return await db.Set<VisitorSettings>().AsNoTracking().FirstAsync(ct);
        }
        db.Entry(settings).State = EntityState.Detached;
        return settings;
    }
}

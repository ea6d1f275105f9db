using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Common;
using SciMuseum.Core.Persistence;

namespace SciMuseum.Core.Competitions.Awards;

/// <summary>
/// A school attaches files to one of its entries (a document or images of the work; videos stay links) with its
/// access code, before the deadline. Every file passes <see cref="Uploads"/>: at most 20 MB counted on the bytes read,
/// the content must be what the name says, and Office files that unpack to an implausible size are refused. At most
/// ten files an entry. Staff download them.
/// </summary>
public static class EntryFiles
{
    public const long MaxBytes = 20 * 1024 * 1024;
    public const int MaxFilesPerEntry = 10;
    public static readonly Uploads.Kind[] Accepted = [.. Uploads.Documents, .. Uploads.Images];

    public sealed record FileView(Guid Id, Guid EntryId, string FileName, string ContentType, long Size, DateTime CreatedAt);

    public static async Task<Result<FileView>> AttachAsync(MuseumDb db, string? code, int entryNumber, string? fileName, Stream content,
        TimeProvider clock, CancellationToken ct)
    {
        var found = await SchoolAccess.FindAsync(db, code, ct);
        if (found.Value is not { } school) return found.Refusal!;
        var contest = await db.Contests.SingleAsync(c => c.Id == school.ContestId, ct);
        if (!SchoolAccess.IsOpen(contest, clock))
            return Refusal.Because("registration-closed", $"报名已于 {contest.RegistrationDeadline:yyyy-MM-dd} 截止，不能再上传。", $"Registration closed on {contest.RegistrationDeadline:yyyy-MM-dd}.");
        var entry = await db.ContestEntries.FirstOrDefaultAsync(e => e.ContestId == contest.Id && e.UnitId == school.Id && e.Number == entryNumber
            && e.Status == EntryStatus.Submitted, ct);
        if (entry is null) return Refusal.OnField("number", "本校没有这个报名序号的作品。", "Your school has no entry with this number.");
        if (await db.ContestEntryFiles.CountAsync(f => f.EntryId == entry.Id, ct) >= MaxFilesPerEntry)
            return Refusal.OnField("file", $"每件作品最多 {MaxFilesPerEntry} 个文件。", $"At most {MaxFilesPerEntry} files an entry.");
        var file = await Uploads.ReadAsync(content, fileName, MaxBytes, Accepted, ct);
        if (file.Value is not { } f) return file.Refusal!;
        var saved = db.ContestEntryFiles.Add(new EntryFile
        {
            MuseumId = entry.MuseumId, EntryId = entry.Id, FileName = f.FileName, ContentType = f.ContentType, Size = f.Bytes.Length, Content = f.Bytes,
        }).Entity;
        await db.SaveChangesAsync(ct);
        return new FileView(saved.Id, saved.EntryId, saved.FileName, saved.ContentType, saved.Size, saved.CreatedAt);
    }

    /// <summary>An entry's files (without their content); null when the entry is not in this museum.</summary>
    public static async Task<List<FileView>?> ListAsync(MuseumDb db, Guid entryId, CancellationToken ct) =>
        await db.ContestEntries.AnyAsync(e => e.Id == entryId, ct)
            ? await db.ContestEntryFiles.AsNoTracking().Where(f => f.EntryId == entryId).OrderBy(f => f.CreatedAt)
                .Select(f => new FileView(f.Id, f.EntryId, f.FileName, f.ContentType, f.Size, f.CreatedAt)).ToListAsync(ct)
            : null;
}

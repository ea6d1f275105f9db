using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Common;
using SciMuseum.Core.Persistence;
using static SciMuseum.Core.Common.Bilingual;

namespace SciMuseum.Core.Exhibits;

/// <summary>Register or correct an exhibit. Its code is unique in the museum (also against removed exhibits: labels are printed).</summary>
public static class SaveExhibit
{
    public sealed record Command(string? Code, string? Name, Guid? HallId, ExhibitCategory? Category, string? Supplier, DateOnly? PurchaseDate,
        decimal? Cost, DateOnly? WarrantyEnd, ExhibitStatus? Status, Guid? RenewalProjectId, string? Note);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Code).RequiredText(30)
                .Matches("^[A-Za-z0-9-]*$").WithMessage(_ => L("编号只能含字母、数字和连字符（印在二维码里）。", "Letters, digits and hyphens only (it is printed in the QR)."));
            RuleFor(c => c.Name).RequiredText(100);
            RuleFor(c => c.Category).Required().IsInEnum().WithMessage(_ => L("类别无效。", "Unknown category."));
            RuleFor(c => c.Status).IsInEnum().WithMessage(_ => L("状态无效。", "Unknown status."));
            RuleFor(c => c.HallId).NotNull().When(c => c.Category is not ExhibitCategory.Caravan && c.Status is not ExhibitStatus.OnTour)
                .WithMessage(_ => L("请选择展厅。", "Choose a hall."));
            RuleFor(c => c.HallId).Null().When(c => c.Status is ExhibitStatus.OnTour)
                .WithMessage(_ => L("巡展中的展品不能同时放在展厅。", "An exhibit on tour is not in a hall."));
            RuleFor(c => c.Supplier).OptionalText(100);
            RuleFor(c => c.Note).OptionalText(1000);
            RuleFor(c => c.PurchaseDate).Must(Dates.InRange).WithMessage(_ => Dates.Message);
            RuleFor(c => c.WarrantyEnd).Must(Dates.InRange).WithMessage(_ => Dates.Message);
            RuleFor(c => c.Cost).InclusiveBetween(0, Money.MaxAmount).WithMessage(_ => L("金额须在 0 到 1,000 亿元之间。", "The amount must be between 0 and 100 billion yuan."))
                .Must(a => a is null || Money.Round(a.Value) == a.Value).WithMessage(_ => L("金额最多两位小数。", "At most 2 decimals."));
        }
    }

    public static async Task<Outcome<Exhibit>> HandleAsync(MuseumDb db, Guid? id, Command c, CancellationToken ct)
    {
        var exhibit = id is null ? new Exhibit() : await db.Exhibits.FirstOrDefaultAsync(x => x.Id == id, ct);
        if (exhibit is null) return new Outcome<Exhibit>.NotFound();
        var code = c.Code!.Trim().ToUpperInvariant();
        if (await db.Exhibits.IgnoreQueryFilters([MuseumDb.SoftDeleteFilter]).AnyAsync(x => x.Code == code && x.Id != exhibit.Id, ct))
            return new Outcome<Exhibit>.FieldError("code", $"编号 {code} 已被使用。", $"The code {code} is taken.");
        if (c.HallId is { } hall && !await db.Halls.AnyAsync(h => h.Id == hall, ct))
            return new Outcome<Exhibit>.FieldError("hallId", "本馆没有这个展厅。", "No such hall in this museum.");
        if (c.RenewalProjectId is { } project && !await db.RenewalProjects.AnyAsync(p => p.Id == project, ct))
            return new Outcome<Exhibit>.FieldError("renewalProjectId", "本馆没有这个更新改造项目。", "No such renewal project in this museum.");
        if (id is null) db.Exhibits.Add(exhibit);
        exhibit.Code = code;
        exhibit.Name = c.Name!.Trim();
        exhibit.HallId = c.HallId;
        exhibit.Category = c.Category!.Value;
        exhibit.Supplier = c.Supplier?.Trim() ?? "";
        exhibit.PurchaseDate = c.PurchaseDate;
        exhibit.Cost = c.Cost;
        exhibit.WarrantyEnd = c.WarrantyEnd;
        exhibit.Status = c.Status ?? exhibit.Status;
        exhibit.RenewalProjectId = c.RenewalProjectId;
        exhibit.Note = c.Note?.Trim() ?? "";
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        // Its hall, status or purchase date decide whether and where its downtime counts.
        if (id is not null) await ExhibitDowntimes.RefreshAsync(db, exhibit, ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new Outcome<Exhibit>.Done(exhibit);
    }
}

/// <summary>Dates the module takes: years 2000–2100.</summary>
public static class Dates
{
    public static bool InRange(DateOnly? d) => d is null || d.Value.Year is >= 2000 and <= 2100;

    public static string Message => L("日期须在 2000–2100 年之间。", "The date must be between 2000 and 2100.");
}

/// <summary>An exhibit as lists and pages show it: with its hall, floor and renewal project.</summary>
public sealed record ExhibitView(Guid Id, string Code, string Name, Guid? HallId, string? Hall, int? Floor, ExhibitCategory Category, string Supplier,
    DateOnly? PurchaseDate, decimal? Cost, DateOnly? WarrantyEnd, ExhibitStatus Status, Guid? RenewalProjectId, string? RenewalProject, string Note);

/// <summary>The register, by floor and code, filtered by hall, floor, status and category.</summary>
public static class ListExhibits
{
    public sealed record Query(Guid? Hall = null, int? Floor = null, ExhibitStatus? Status = null, ExhibitCategory? Category = null, string? Search = null,
        Guid? Id = null, string? Code = null, IReadOnlyCollection<Guid>? Ids = null);

    // Filters and order go on the rows before the projection: EF cannot translate them on a constructed record.
    public static IQueryable<ExhibitView> Views(MuseumDb db, Query q)
    {
        var rows = from e in db.Exhibits.AsNoTracking()
                   join h in db.Halls on e.HallId equals h.Id into hs
                   from h in hs.DefaultIfEmpty()
                   join p in db.RenewalProjects on e.RenewalProjectId equals p.Id into ps
                   from p in ps.DefaultIfEmpty()
                   select new { e, h, p };
        if (q.Id is { } id) rows = rows.Where(r => r.e.Id == id);
        if (q.Ids is { } ids) rows = rows.Where(r => ids.Contains(r.e.Id));
        if (q.Code is { } code) rows = rows.Where(r => r.e.Code == code.Trim().ToUpper());
        if (q.Hall is { } hall) rows = rows.Where(r => r.e.HallId == hall);
        if (q.Floor is { } floor) rows = rows.Where(r => r.h != null && r.h.Floor == floor);
        if (q.Status is { } status) rows = rows.Where(r => r.e.Status == status);
        if (q.Category is { } category) rows = rows.Where(r => r.e.Category == category);
        if (!string.IsNullOrWhiteSpace(q.Search))
        {
            var term = q.Search.Trim();
            rows = rows.Where(r => r.e.Code.Contains(term.ToUpper()) || r.e.Name.Contains(term));
        }
        return rows.OrderBy(r => r.h == null ? 99 : r.h.Floor).ThenBy(r => r.e.Code)
            .Select(r => new ExhibitView(r.e.Id, r.e.Code, r.e.Name, r.e.HallId, r.h == null ? null : r.h.Name, r.h == null ? null : (int?)r.h.Floor,
                r.e.Category, r.e.Supplier, r.e.PurchaseDate, r.e.Cost, r.e.WarrantyEnd, r.e.Status, r.e.RenewalProjectId, r.p == null ? null : r.p.Name, r.e.Note));
    }

    public static Task<Page<ExhibitView>> HandleAsync(MuseumDb db, Query q, int? page, int? pageSize, CancellationToken ct) =>
        Views(db, q).ToPageAsync(page, pageSize, ct);

    public static Task<ExhibitView?> ByCodeAsync(MuseumDb db, string code, CancellationToken ct) =>
        Views(db, new Query(Code: code)).FirstOrDefaultAsync(ct);
}

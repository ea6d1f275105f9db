using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Common;
using SciMuseum.Core.Persistence;
using static SciMuseum.Core.Common.Bilingual;

namespace SciMuseum.Core.Exhibits;

/// <summary>Add or correct a consumable: code (unique in the museum), name, unit, minimum stock.</summary>
public static class SaveConsumable
{
    public const int MaxQuantity = 1_000_000;

    public sealed record Command(string? Code, string? Name, string? Unit, int? MinimumStock, string? Note);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Code).RequiredText(30);
            RuleFor(c => c.Name).RequiredText(100);
            RuleFor(c => c.Unit).RequiredText(10);
            RuleFor(c => c.MinimumStock).Required().InclusiveBetween(0, MaxQuantity)
                .WithMessage(_ => L($"最低库存须在 0–{MaxQuantity:N0} 之间。", $"The minimum must be 0–{MaxQuantity:N0}."));
            RuleFor(c => c.Note).OptionalText(1000);
        }
    }

    public static async Task<Result<Consumable>> HandleAsync(MuseumDb db, Guid? id, Command c, CancellationToken ct)
    {
        var item = id is null ? new Consumable() : await db.Consumables.FirstOrDefaultAsync(x => x.Id == id, ct);
        if (item is null) return Refusal.NotFound("本馆没有这种耗材。", "No such consumable in this museum.");
        var code = c.Code!.Trim().ToUpperInvariant();
        if (await db.Consumables.IgnoreQueryFilters([MuseumDb.SoftDeleteFilter]).AnyAsync(x => x.Code == code && x.Id != item.Id, ct))
            return Refusal.OnField("code", $"编号 {code} 已被使用。", $"The code {code} is taken.");
        if (id is null) db.Consumables.Add(item);
        item.Code = code;
        item.Name = c.Name!.Trim();
        item.Unit = c.Unit!.Trim();
        item.MinimumStock = c.MinimumStock!.Value;
        item.Note = c.Note?.Trim() ?? "";
        await db.SaveChangesAsync(ct);
        return item;
    }
}

/// <summary>A consumable with what remains over every location and at each; at or below its minimum it needs reordering.</summary>
public sealed record ConsumableView(Guid Id, string Code, string Name, string Unit, int MinimumStock, string Note, int Remaining,
    IReadOnlyDictionary<string, int> ByLocation, bool Reorder, int OpenRequests);

public static class ListConsumables
{
    public static async Task<List<ConsumableView>> HandleAsync(MuseumDb db, CancellationToken ct, Guid? id = null)
    {
        var items = await db.Consumables.AsNoTracking().Where(c => id == null || c.Id == id).OrderBy(c => c.Code).ToListAsync(ct);
        var stock = await db.ConsumableStocks.AsNoTracking().Where(s => id == null || s.ConsumableId == id)
            .Select(s => new { s.ConsumableId, s.Location, s.Quantity }).ToListAsync(ct);
        var open = await db.PurchaseRequests.Where(r => (r.State == PurchaseRequestState.Requested || r.State == PurchaseRequestState.Approved || r.State == PurchaseRequestState.Ordered) && (id == null || r.ConsumableId == id))
            .GroupBy(r => r.ConsumableId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        return [.. items.Select(c =>
        {
            var at = stock.Where(s => s.ConsumableId == c.Id).OrderBy(s => s.Location).ToDictionary(s => s.Location, s => s.Quantity);
            var remaining = at.Values.Sum();
            return new ConsumableView(c.Id, c.Code, c.Name, c.Unit, c.MinimumStock, c.Note, remaining, at, remaining <= c.MinimumStock, open.GetValueOrDefault(c.Id));
        })];
    }

    public sealed record MovementView(Guid Id, DateTime At, string Consumable, string Unit, string Location, StockMovementKind Kind, int Quantity,
        int RemainingAfter, string By, string? WorkOrder, string? PurchaseRequest, string Note);

    /// <summary>Receipts and issues, latest first; ?consumable= for one item's history.</summary>
    public static Task<Page<MovementView>> MovementsAsync(MuseumDb db, Guid? consumable, int? page, int? pageSize, CancellationToken ct) =>
        (from m in db.StockMovements.AsNoTracking()
         where consumable == null || m.ConsumableId == consumable
         join c in db.Consumables on m.ConsumableId equals c.Id
         join o in db.WorkOrders on m.WorkOrderId equals o.Id into os
         from o in os.DefaultIfEmpty()
         join r in db.PurchaseRequests on m.PurchaseRequestId equals r.Id into rs
         from r in rs.DefaultIfEmpty()
         orderby m.At descending
         select new MovementView(m.Id, m.At, c.Name, c.Unit, m.Location, m.Kind, m.Quantity, m.RemainingAfter, m.By, o == null ? null : o.Number,
             r == null ? null : r.Number, m.Note)).ToPageAsync(page, pageSize, ct);
}

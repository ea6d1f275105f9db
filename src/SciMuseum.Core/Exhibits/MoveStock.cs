using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Common;
using SciMuseum.Core.Persistence;
using static SciMuseum.Core.Common.Bilingual;

namespace SciMuseum.Core.Exhibits;

/// <summary>
/// 入库 and 领用: a receipt adds units at a location, an issue takes them. Each changes the stock with one conditional
/// UPDATE in the same transaction as its movement row; an issue's UPDATE carries WHERE Quantity &gt;= n, so two issues
/// racing for the last units give them to one and refuse the other, and stock never goes below zero.
/// </summary>
public static class MoveStock
{
    public sealed record Command(string? Location, int? Quantity, Guid? WorkOrderId, Guid? PurchaseRequestId, string? Note);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Location).RequiredText(50);
            RuleFor(c => c.Quantity).Required().InclusiveBetween(1, SaveConsumable.MaxQuantity)
                .WithMessage(_ => L($"数量须在 1–{SaveConsumable.MaxQuantity:N0} 之间。", $"The quantity must be 1–{SaveConsumable.MaxQuantity:N0}."));
            RuleFor(c => c.Note).OptionalText(500);
        }
    }

    public static async Task<Result<StockMovement>> ReceiveAsync(MuseumDb db, TimeProvider clock, Guid consumableId, Command c, CancellationToken ct)
    {
        if (await db.Consumables.AsNoTracking().FirstOrDefaultAsync(x => x.Id == consumableId, ct) is null) return NoConsumable();
        if (c.WorkOrderId is not null) return Refusal.OnField("workOrderId", "入库不关联工单。", "A receipt takes no work order.");
        PurchaseRequest? request = null;
        if (c.PurchaseRequestId is { } rid && ((request = await db.PurchaseRequests.FirstOrDefaultAsync(r => r.Id == rid, ct)) is null
                || request.ConsumableId != consumableId || request.State != PurchaseRequestState.Requested))
            return Refusal.OnField("purchaseRequestId", "没有这种耗材的待到货申购单。", "No open purchase request for this consumable.");
        var location = c.Location!.Trim();
        var n = c.Quantity!.Value;
        await EnsureStockRowAsync(db, consumableId, location, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var added = await db.ConsumableStocks.Where(s => s.ConsumableId == consumableId && s.Location == location && s.Quantity <= SaveConsumable.MaxQuantity * 100 - n)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.Quantity, s => s.Quantity + n).SetProperty(s => s.UpdatedAt, now), ct);
        if (added != 1) return Refusal.OnField("quantity", "库存数量过大。", "The stock would be too large.");
        if (request is not null)
        {
            request.State = PurchaseRequestState.Received;
            request.ReceivedAt = now;
        }
        var movement = await RecordAsync(db, consumableId, location, StockMovementKind.Receipt, n, now, c, ct);
        await tx.CommitAsync(ct);
        return movement;
    }

    public static async Task<Result<StockMovement>> IssueAsync(MuseumDb db, TimeProvider clock, Guid consumableId, Command c, CancellationToken ct)
    {
        if (await db.Consumables.AsNoTracking().FirstOrDefaultAsync(x => x.Id == consumableId, ct) is not { } item) return NoConsumable();
        if (c.PurchaseRequestId is not null) return Refusal.OnField("purchaseRequestId", "领用不关联申购单。", "An issue takes no purchase request.");
        if (c.WorkOrderId is { } wo && !await db.WorkOrders.AnyAsync(o => o.Id == wo, ct))
            return Refusal.OnField("workOrderId", "本馆没有这张工单。", "No such work order in this museum.");
        var location = c.Location!.Trim();
        var n = c.Quantity!.Value;
        var now = clock.GetUtcNow().UtcDateTime;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var taken = await db.ConsumableStocks.Where(s => s.ConsumableId == consumableId && s.Location == location && s.Quantity >= n)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.Quantity, s => s.Quantity - n).SetProperty(s => s.UpdatedAt, now), ct);
        if (taken != 1)
        {
            await tx.RollbackAsync(ct);
            var onHand = await db.ConsumableStocks.Where(s => s.ConsumableId == consumableId && s.Location == location).Select(s => (int?)s.Quantity).FirstOrDefaultAsync(ct) ?? 0;
            return Refusal.OnField("quantity", $"库存不足：{location} 现有 {onHand:N0} {item.Unit}，不能领用 {n:N0} {item.Unit}。",
                $"Not enough stock: {onHand:N0} {item.Unit} on hand at {location}, cannot issue {n:N0}.");
        }
        var movement = await RecordAsync(db, consumableId, location, StockMovementKind.Issue, n, now, c, ct);
        await tx.CommitAsync(ct);
        return movement;
    }

    private static async Task<StockMovement> RecordAsync(MuseumDb db, Guid consumableId, string location, StockMovementKind kind, int n, DateTime now,
        Command c, CancellationToken ct)
    {
        var remaining = await db.ConsumableStocks.Where(s => s.ConsumableId == consumableId).SumAsync(s => s.Quantity, ct);
        var movement = new StockMovement
        {
            ConsumableId = consumableId, Location = location, Kind = kind, Quantity = n, At = now, By = db.User.UserName ?? "",
            WorkOrderId = c.WorkOrderId, PurchaseRequestId = c.PurchaseRequestId, RemainingAfter = remaining, Note = c.Note?.Trim() ?? "",
        };
        db.StockMovements.Add(movement);
        await db.SaveChangesAsync(ct);
        return movement;
    }

    /// <summary>A location's stock row, made at zero the first time something arrives there (safe when two receipts race).</summary>
    private static async Task EnsureStockRowAsync(MuseumDb db, Guid consumableId, string location, CancellationToken ct)
    {
        if (await db.ConsumableStocks.AnyAsync(s => s.ConsumableId == consumableId && s.Location == location, ct)) return;
        var row = db.ConsumableStocks.Add(new ConsumableStock { ConsumableId = consumableId, Location = location }).Entity;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another receipt made it a moment ago.
        }
        db.Entry(row).State = EntityState.Detached;
    }

    private static Refusal NoConsumable() => Refusal.NotFound("本馆没有这种耗材。", "No such consumable in this museum.");
}

/// <summary>申购: ask to buy a consumable; finance turns the request into a procurement, and a receipt against it closes it.</summary>
public static class RequestPurchase
{
    public sealed record Command(Guid? ConsumableId, int? Quantity, decimal? EstimatedCost, string? Reason);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.ConsumableId).Required();
            RuleFor(c => c.Quantity).Required().InclusiveBetween(1, SaveConsumable.MaxQuantity)
                .WithMessage(_ => L($"数量须在 1–{SaveConsumable.MaxQuantity:N0} 之间。", $"The quantity must be 1–{SaveConsumable.MaxQuantity:N0}."));
            RuleFor(c => c.EstimatedCost).InclusiveBetween(0, Money.MaxAmount).WithMessage(_ => L("金额须在 0 到 1,000 亿元之间。", "The amount must be between 0 and 100 billion yuan."))
                .Must(a => a is null || Money.Round(a.Value) == a.Value).WithMessage(_ => L("金额最多两位小数。", "At most 2 decimals."));
            RuleFor(c => c.Reason).RequiredText(500);
        }
    }

    public static async Task<Result<PurchaseRequest>> HandleAsync(MuseumDb db, TimeProvider clock, Command c, CancellationToken ct)
    {
        if (!await db.Consumables.AnyAsync(x => x.Id == c.ConsumableId, ct))
            return Refusal.OnField("consumableId", "本馆没有这种耗材。", "No such consumable in this museum.");
        var now = clock.GetUtcNow().UtcDateTime;
        var prefix = $"PR-{MuseumClock.ToLocal(now).Year}-";
        var taken = await db.PurchaseRequests.IgnoreQueryFilters([MuseumDb.SoftDeleteFilter]).CountAsync(r => r.Number.StartsWith(prefix), ct);
        var request = new PurchaseRequest
        {
            Number = $"{prefix}{taken + 1:D3}", ConsumableId = c.ConsumableId!.Value, Quantity = c.Quantity!.Value, EstimatedCost = c.EstimatedCost,
            Reason = c.Reason!.Trim(), State = PurchaseRequestState.Requested, RequestedAt = now, RequestedBy = db.User.UserName ?? "",
        };
        db.PurchaseRequests.Add(request);
        await db.SaveChangesAsync(ct);
        return request;
    }

    public sealed record View(Guid Id, string Number, Guid ConsumableId, string Consumable, string Unit, int Quantity, decimal? EstimatedCost, string Reason,
        PurchaseRequestState State, DateTime RequestedAt, string RequestedBy, DateTime? ReceivedAt);

    public static Task<List<View>> ListAsync(MuseumDb db, CancellationToken ct) =>
        (from r in db.PurchaseRequests.AsNoTracking()
         join c in db.Consumables on r.ConsumableId equals c.Id
         orderby r.RequestedAt descending
         select new View(r.Id, r.Number, r.ConsumableId, c.Name, c.Unit, r.Quantity, r.EstimatedCost, r.Reason, r.State, r.RequestedAt, r.RequestedBy, r.ReceivedAt))
        .Take(200).ToListAsync(ct);
}

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
        if (c.PurchaseRequestId is { } rid && !await db.PurchaseRequests.AnyAsync(r => r.Id == rid && r.ConsumableId == consumableId
                && r.State == PurchaseRequestState.Ordered, ct))
            return NoOrderedRequest();
        var location = c.Location!.Trim();
        var n = c.Quantity!.Value;
        await EnsureStockRowAsync(db, consumableId, location, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var added = await db.ConsumableStocks.Where(s => s.ConsumableId == consumableId && s.Location == location && s.Quantity <= SaveConsumable.MaxQuantity * 100 - n)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.Quantity, s => s.Quantity + n).SetProperty(s => s.UpdatedAt, now), ct);
        if (added != 1) return Refusal.OnField("quantity", "库存数量过大。", "The stock would be too large.");
        // The request is received once: two receipts racing against it add stock once, the other is refused and rolled back.
        if (c.PurchaseRequestId is { } id && await db.PurchaseRequests.Where(r => r.Id == id && r.State == PurchaseRequestState.Ordered)
                .ExecuteUpdateAsync(u => u.SetProperty(r => r.State, PurchaseRequestState.Received).SetProperty(r => r.ReceivedAt, now)
                    .SetProperty(r => r.UpdatedAt, now), ct) != 1)
        {
            await tx.RollbackAsync(ct);
            return NoOrderedRequest();
        }
        if (c.PurchaseRequestId is { } received) await PurchaseRequestSteps.AuditAsync(db, now, received, PurchaseRequestState.Ordered, PurchaseRequestState.Received, ct);
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

    private static Refusal NoOrderedRequest() => Refusal.OnField("purchaseRequestId", "没有这种耗材已下单、待到货的申购单。",
        "No ordered purchase request for this consumable awaits delivery.");

    private static Refusal NoConsumable() => Refusal.NotFound("本馆没有这种耗材。", "No such consumable in this museum.");
}

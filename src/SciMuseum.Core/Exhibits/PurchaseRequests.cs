using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Audit;
using SciMuseum.Core.Common;
using SciMuseum.Core.Finance;
using SciMuseum.Core.Persistence;
using static SciMuseum.Core.Common.Bilingual;

namespace SciMuseum.Core.Exhibits;

/// <summary>
/// 申购: ask to buy a consumable. A request raised from a reorder alert keeps the issue that left the stock at or below
/// its minimum. Then: a leader approves it, finance records the purchase as an expenditure on a budget line (the
/// finance module's <see cref="RecordExpenditure"/>, linked back by id), and a receipt against it adds the stock.
/// </summary>
public static class RequestPurchase
{
    public sealed record Command(Guid? ConsumableId, int? Quantity, decimal? EstimatedCost, string? Reason, Guid? AlertMovementId = null);

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
        if (await db.Consumables.AsNoTracking().FirstOrDefaultAsync(x => x.Id == c.ConsumableId, ct) is not { } item)
            return Refusal.OnField("consumableId", "本馆没有这种耗材。", "No such consumable in this museum.");
        var alert = c.AlertMovementId;
        if (alert is { } a && !await ReorderAlerts(db, item).AnyAsync(m => m.Id == a, ct))
            return Refusal.OnField("alertMovementId", "这条出库记录不是这种耗材的补货提醒。", "This movement is not a reorder alert of this consumable.");
        // Raised while the stock is low: the alert is the latest issue that left it at or below the minimum.
        alert ??= await db.ConsumableStocks.Where(s => s.ConsumableId == item.Id).SumAsync(s => s.Quantity, ct) <= item.MinimumStock
            ? await ReorderAlerts(db, item).OrderByDescending(m => m.At).Select(m => (Guid?)m.Id).FirstOrDefaultAsync(ct)
            : null;
        var now = clock.GetUtcNow().UtcDateTime;
        var prefix = $"PR-{MuseumClock.ToLocal(now).Year}-";
        var taken = await db.PurchaseRequests.IgnoreQueryFilters([MuseumDb.SoftDeleteFilter]).CountAsync(r => r.Number.StartsWith(prefix), ct);
        var request = new PurchaseRequest
        {
            Number = $"{prefix}{taken + 1:D3}", ConsumableId = item.Id, Quantity = c.Quantity!.Value, EstimatedCost = c.EstimatedCost,
            Reason = c.Reason!.Trim(), State = PurchaseRequestState.Requested, RequestedAt = now, RequestedBy = db.User.UserName ?? "", AlertMovementId = alert,
        };
        db.PurchaseRequests.Add(request);
        await db.SaveChangesAsync(ct);
        return request;
    }

    /// <summary>A consumable's reorder alerts: the issues after which its stock over every location stood at or below the minimum.</summary>
    public static IQueryable<StockMovement> ReorderAlerts(MuseumDb db, Consumable item) =>
        db.StockMovements.AsNoTracking().Where(m => m.ConsumableId == item.Id && m.Kind == StockMovementKind.Issue && m.RemainingAfter <= item.MinimumStock);

    public sealed record View(Guid Id, string Number, Guid ConsumableId, string Consumable, string Unit, int Quantity, decimal? EstimatedCost, string Reason,
        PurchaseRequestState State, DateTime RequestedAt, string RequestedBy, DateTime? ReceivedAt, DateTime? AlertAt, int? AlertRemaining,
        DateTime? ApprovedAt, string ApprovedBy, DateTime? OrderedAt, Guid? ExpenditureId, string? VoucherNumber, decimal? OrderedAmount)
    {
        /// <summary>Still to be done by someone: approved, ordered or received.</summary>
        public bool IsOpen => State is PurchaseRequestState.Requested or PurchaseRequestState.Approved or PurchaseRequestState.Ordered;
    }

    /// <summary>Requests, latest first; ?state= for one state (finance reads the approved ones).</summary>
    public static Task<List<View>> ListAsync(MuseumDb db, CancellationToken ct, PurchaseRequestState? state = null) =>
        (from r in db.PurchaseRequests.AsNoTracking()
         where state == null || r.State == state
         join c in db.Consumables on r.ConsumableId equals c.Id
         join m in db.StockMovements on r.AlertMovementId equals m.Id into ms
         from m in ms.DefaultIfEmpty()
         join e in db.Expenditures on r.ExpenditureId equals e.Id into es
         from e in es.DefaultIfEmpty()
         orderby r.RequestedAt descending
         select new View(r.Id, r.Number, r.ConsumableId, c.Name, c.Unit, r.Quantity, r.EstimatedCost, r.Reason, r.State, r.RequestedAt, r.RequestedBy, r.ReceivedAt,
             m == null ? null : m.At, m == null ? null : m.RemainingAfter, r.ApprovedAt, r.ApprovedBy, r.OrderedAt, r.ExpenditureId,
             e == null ? null : e.VoucherNumber, e == null ? null : e.Amount))
        .Take(200).ToListAsync(ct);
}

/// <summary>The steps of a purchase request after it is made; each is one conditional UPDATE, so a step taken twice is refused once.</summary>
public static class PurchaseRequestSteps
{
    /// <summary>下单: the expenditure that buys the request, as finance records it (a general expense unless it says otherwise).</summary>
    public sealed record OrderCommand(Guid? LineId, DateOnly? Date, decimal? Amount, string? Payee, ExpenditureCategory? Category, bool? IsProcurement,
        string? ProcurementMethod, string? ContractNumber, string? VoucherNumber, string? Note, string? OverrideReason)
    {
        public RecordExpenditure.Command ToExpenditure() => new(LineId, Date, Amount, Payee, Category ?? ExpenditureCategory.General, IsProcurement,
            ProcurementMethod, ContractNumber, VoucherNumber, Note, OverrideReason);
    }

    /// <summary>The finance module's own rules for an expenditure, field by field.</summary>
    public sealed class OrderValidator : AbstractValidator<OrderCommand>
    {
        public OrderValidator(MuseumDb db)
        {
            var expenditure = new RecordExpenditure.Validator(db);
            RuleFor(c => c).CustomAsync(async (c, context, ct) =>
            {
                foreach (var failure in (await expenditure.ValidateAsync(c.ToExpenditure(), ct)).Errors)
                    context.AddFailure(failure.PropertyName, failure.ErrorMessage);
            });
        }
    }

    public static Refusal WrongState(PurchaseRequestState expected) => Refusal.Because("purchase-request-state",
        $"只有{Label(expected)}的申购单可以这样处理，这张已经不是了。", $"Only a request that is {expected} can take this step; this one no longer is.");

    public static string Label(PurchaseRequestState s) => s switch
    {
        PurchaseRequestState.Requested => L("待审批", "Requested"), PurchaseRequestState.Approved => L("已批准", "Approved"),
        PurchaseRequestState.Ordered => L("已下单", "Ordered"), PurchaseRequestState.Received => L("已到货", "Received"),
        PurchaseRequestState.Cancelled => L("已取消", "Cancelled"), _ => "",
    };

    /// <summary>审批: a leader approves a requested purchase.</summary>
    public static async Task<Result<PurchaseRequest>> ApproveAsync(MuseumDb db, TimeProvider clock, Guid id, CancellationToken ct)
    {
        if (!await db.PurchaseRequests.AnyAsync(r => r.Id == id, ct)) return NotFound();
        var now = clock.GetUtcNow().UtcDateTime;
        var by = db.User.UserName ?? "";
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var moved = await db.PurchaseRequests.Where(r => r.Id == id && r.State == PurchaseRequestState.Requested).ExecuteUpdateAsync(u => u
            .SetProperty(r => r.State, PurchaseRequestState.Approved).SetProperty(r => r.ApprovedAt, now).SetProperty(r => r.ApprovedBy, by)
            .SetProperty(r => r.UpdatedAt, now), ct);
        if (moved != 1) return WrongState(PurchaseRequestState.Requested);
        await AuditAsync(db, now, id, PurchaseRequestState.Requested, PurchaseRequestState.Approved, ct);
        await tx.CommitAsync(ct);
        return await OneAsync(db, id, ct);
    }

    /// <summary>取消: a request not yet ordered is withdrawn.</summary>
    public static async Task<Result<PurchaseRequest>> CancelAsync(MuseumDb db, TimeProvider clock, Guid id, CancellationToken ct)
    {
        if (await db.PurchaseRequests.AsNoTracking().Where(r => r.Id == id).Select(r => (PurchaseRequestState?)r.State).FirstOrDefaultAsync(ct) is not { } was)
            return NotFound();
        var now = clock.GetUtcNow().UtcDateTime;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var moved = await db.PurchaseRequests.Where(r => r.Id == id && r.State == was && (r.State == PurchaseRequestState.Requested || r.State == PurchaseRequestState.Approved))
            .ExecuteUpdateAsync(u => u.SetProperty(r => r.State, PurchaseRequestState.Cancelled).SetProperty(r => r.UpdatedAt, now), ct);
        if (moved != 1) return WrongState(PurchaseRequestState.Approved);
        await AuditAsync(db, now, id, was, PurchaseRequestState.Cancelled, ct);
        await tx.CommitAsync(ct);
        return await OneAsync(db, id, ct);
    }

    /// <summary>
    /// 下单: finance records the purchase of an approved request as an expenditure (the finance module's own use case,
    /// with its budget-line lock and over-funds check), in one transaction with the request's move to ordered: either
    /// both are written or neither. The expenditure's note names the request.
    /// </summary>
    public static async Task<Result<PurchaseRequest>> OrderAsync(MuseumDb db, TimeProvider clock, Guid id, OrderCommand order, bool mayOverride, CancellationToken ct)
    {
        var c = order.ToExpenditure();
        if (await db.PurchaseRequests.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct) is not { } request) return NotFound();
        var now = clock.GetUtcNow().UtcDateTime;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var claimed = await db.PurchaseRequests.Where(r => r.Id == id && r.State == PurchaseRequestState.Approved).ExecuteUpdateAsync(u => u
            .SetProperty(r => r.State, PurchaseRequestState.Ordered).SetProperty(r => r.OrderedAt, now).SetProperty(r => r.UpdatedAt, now), ct);
        if (claimed != 1) return WrongState(PurchaseRequestState.Approved);
        var note = string.IsNullOrWhiteSpace(c.Note) ? L($"耗材申购 {request.Number}", $"Purchase request {request.Number}") : c.Note;
        var spent = await RecordExpenditure.HandleAsync(db, c with { Note = note, Category = c.Category ?? ExpenditureCategory.General }, mayOverride, ct);
        if (spent.Value is not { } expenditure)
        {
            await tx.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return spent.Refusal!;
        }
        await db.PurchaseRequests.Where(r => r.Id == id).ExecuteUpdateAsync(u => u.SetProperty(r => r.ExpenditureId, expenditure.Id), ct);
        await AuditAsync(db, now, id, PurchaseRequestState.Approved, PurchaseRequestState.Ordered, ct);
        await tx.CommitAsync(ct);
        return await OneAsync(db, id, ct);
    }

    /// <summary>
    /// The moves are conditional UPDATEs (two clicks move a request once), which the audit interceptor never sees, so
    /// each writes its own audit row in the move's transaction: who, when, from which state to which.
    /// </summary>
    internal static async Task AuditAsync(MuseumDb db, DateTime now, Guid id, PurchaseRequestState from, PurchaseRequestState to, CancellationToken ct)
    {
        var museum = await db.PurchaseRequests.Where(r => r.Id == id).Select(r => r.MuseumId).SingleAsync(ct);
        db.AuditEntries.Add(new AuditEntry
        {
            MuseumId = museum, At = now, UserId = db.User.UserId, UserName = db.User.UserName, Entity = nameof(PurchaseRequest), EntityKey = id.ToString(),
            Action = AuditAction.Update, Before = $$"""{"State":"{{from}}"}""", After = $$"""{"State":"{{to}}"}""",
        });
        await db.SaveChangesAsync(ct);
    }

    private static async Task<PurchaseRequest> OneAsync(MuseumDb db, Guid id, CancellationToken ct) =>
        await db.PurchaseRequests.AsNoTracking().SingleAsync(r => r.Id == id, ct);

    private static Refusal NotFound() => Refusal.NotFound("本馆没有这张申购单。", "No such purchase request in this museum.");
}

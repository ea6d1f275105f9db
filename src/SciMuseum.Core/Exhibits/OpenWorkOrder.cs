using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Common;
using SciMuseum.Core.Persistence;
using static SciMuseum.Core.Common.Bilingual;

namespace SciMuseum.Core.Exhibits;

/// <summary>Open a work order on an exhibit (staff, a preventive check, or a visitor's fault report): the exhibit turns faulty.</summary>
public static class OpenWorkOrder
{
    public sealed record Command(Guid? ExhibitId, WorkOrderSource? Source, WorkOrderPriority? Priority, string? Description,
        string? Assignee, Guid? AssigneeStaffId, string? Contact, string? Notes, DowntimeReason? Downtime = null);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.ExhibitId).Required();
            RuleFor(c => c.Source).IsInEnum().WithMessage(_ => L("来源无效。", "Unknown source."));
            RuleFor(c => c.Priority).IsInEnum().WithMessage(_ => L("优先级无效。", "Unknown priority."));
            RuleFor(c => c.Description).RequiredText(1000);
            RuleFor(c => c.Assignee).OptionalText(50);
            RuleFor(c => c.Contact).OptionalText(50);
            RuleFor(c => c.Notes).OptionalText(2000);
            RuleFor(c => c.Downtime).IsInEnum().WithMessage(_ => L("停用原因无效。", "Unknown downtime reason."));
        }
    }

    public static async Task<Outcome<WorkOrder>> HandleAsync(MuseumDb db, TimeProvider clock, Command c, CancellationToken ct)
    {
        if (await db.Exhibits.FirstOrDefaultAsync(e => e.Id == c.ExhibitId, ct) is not { } exhibit)
            return new Outcome<WorkOrder>.FieldError("exhibitId", "本馆没有这件展品。", "No such exhibit in this museum.");
        string assignee = c.Assignee?.Trim() ?? "";
        if (c.AssigneeStaffId is { } staffId)
        {
            if (await db.Staff.Where(s => s.Id == staffId).Select(s => s.Name).FirstOrDefaultAsync(ct) is not { } name)
                return new Outcome<WorkOrder>.FieldError("assigneeStaffId", "本馆没有这位员工。", "No such staff member in this museum.");
            assignee = name;
        }
        var order = await AddAsync(db, clock.GetUtcNow().UtcDateTime, exhibit, c.Source ?? WorkOrderSource.Staff, c.Priority ?? WorkOrderPriority.Normal,
            c.Description!.Trim(), db.User.UserName ?? "", c.Contact?.Trim() ?? "", ct);
        order.Assignee = assignee;
        order.AssigneeStaffId = c.AssigneeStaffId;
        order.Notes = c.Notes?.Trim() ?? "";
        order.Downtime = c.Downtime;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await ExhibitDowntimes.RefreshAsync(db, exhibit, ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new Outcome<WorkOrder>.Done(order);
    }

    /// <summary>
    /// The order, its first transition and (unless it is a routine check) the exhibit's fault, added to the unit of work
    /// (the caller saves). Numbers count the year's saved orders and those added in this unit of work.
    /// </summary>
    internal static async Task<WorkOrder> AddAsync(MuseumDb db, DateTime now, Exhibit exhibit, WorkOrderSource source, WorkOrderPriority priority,
        string description, string reportedBy, string contact, CancellationToken ct, bool turnsFaulty = true)
    {
        var year = MuseumClock.ToLocal(now).Year;
        var prefix = $"WO-{year}-";
        var taken = await db.WorkOrders.IgnoreQueryFilters([MuseumDb.SoftDeleteFilter]).CountAsync(o => o.Number.StartsWith(prefix), ct)
            + db.ChangeTracker.Entries<WorkOrder>().Count(e => e.State == EntityState.Added && e.Entity.Number.StartsWith(prefix));
        var order = new WorkOrder
        {
            Number = $"{prefix}{taken + 1:D4}", ExhibitId = exhibit.Id, Source = source, Priority = priority, State = WorkOrderState.Reported,
            Description = description, ReportedBy = reportedBy, Contact = contact, ReportedAt = now, DueAt = now + WorkOrder.Sla(priority),
        };
        db.WorkOrders.Add(order);
        db.WorkOrderTransitions.Add(new WorkOrderTransition { WorkOrderId = order.Id, From = null, To = WorkOrderState.Reported, At = now, By = reportedBy });
        if (turnsFaulty && exhibit.Status is ExhibitStatus.InService) exhibit.Status = ExhibitStatus.Faulty;
        return order;
    }
}

/// <summary>A visitor's fault report from the exhibit's QR page (no sign-in): a normal-priority work order.</summary>
public static class ReportFault
{
    public sealed record Command(string? Description, string? Contact);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Description).RequiredText(500);
            RuleFor(c => c.Contact).OptionalText(50);
        }
    }

    /// <param name="photo">The reporter's photo, already through <see cref="AttachExhibitFile.ReadAsync"/> (a refused photo never gets here, so nothing is written).</param>
    /// <returns>The order's number, or null when no exhibit has this code.</returns>
    public static async Task<string?> HandleAsync(MuseumDb db, TimeProvider clock, string code, Command c, CancellationToken ct, Uploads.Checked? photo = null)
    {
        var normalized = code.Trim().ToUpperInvariant();
        if (await db.Exhibits.FirstOrDefaultAsync(e => e.Code == normalized && e.Status != ExhibitStatus.Retired, ct) is not { } exhibit) return null;
        var reporter = L("观众扫码报修", "Visitor (QR)");
        var order = await OpenWorkOrder.AddAsync(db, clock.GetUtcNow().UtcDateTime, exhibit, WorkOrderSource.FaultReport, WorkOrderPriority.Normal,
            c.Description!.Trim(), reporter, c.Contact?.Trim() ?? "", ct);
        if (photo is not null) AttachExhibitFile.Add(db, exhibit.Id, order.Id, ExhibitFileKind.Photo, photo, reporter);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await ExhibitDowntimes.RefreshAsync(db, exhibit, ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct); // the order, its transition, the exhibit's fault and the photo together
        return order.Number;
    }
}

using SciMuseum.Core.Common;
using SciMuseum.Core.Visitors;

namespace SciMuseum.Web.Visitors;

public sealed record SlotView(Guid? Id, string Start, string End, int Capacity, int Booked, int Remaining, bool Bookable);

public sealed record NoticeView(Guid Id, string Title, string Body, DateOnly PublishFrom, DateOnly? PublishUntil, bool IsPinned);

/// <summary>One day as the public sees it (<c>GET /api/v1/public/opening</c>).</summary>
public sealed record OpeningView(
    DateOnly Date, bool IsOpen, string Status, string Reason, int DailyCap, int Booked, int Remaining, bool Bookable,
    DateOnly BookableUntil, List<SlotView> Slots, List<NoticeView> Notices);

public sealed record TicketView(Guid Id, string Name, IdType IdType, string IdTypeName, string IdMasked, TicketStatus Status, string? AdmittedAt, string Qr);

public sealed record ReservationView(
    string Code, DateOnly Date, Guid SlotId, string Slot, VisitChannel Channel, ReservationStatus Status, string Phone,
    string CancelBefore, bool Cancellable, List<TicketView> Tickets);

public sealed record GroupView(
    Guid Id, string Code, string Organisation, string LeaderName, string LeaderPhone, DateOnly Date, Guid SlotId, string Slot,
    int Pupils, int Teachers, int Headcount, string BusInfo, string Note, GroupStatus Status, string DecisionNote,
    string DecidedBy, string? DecidedAt, string? ReservationCode, int MembersListed);

public static class VisitViews
{
    public static string Hm(TimeOnly t) => t.ToString("HH\\:mm");

    public static NoticeView Notice(Notice n) => new(n.Id, n.Title, n.Body, n.PublishFrom, n.PublishUntil, n.IsPinned);

    public static string MaskPhone(string phone) => phone.Length == 11 ? phone[..3] + "****" + phone[7..] : phone;

    public static ReservationView Reservation(Reservation r, TimeSlot slot, VisitorSettings settings, VisitorSecrets secrets, TimeProvider clock, bool fullPhone)
    {
        var cutoff = CancelReservation.CutoffOf(settings, r.Date);
        var now = MuseumClock.ToLocal(clock.GetUtcNow().UtcDateTime);
        return new ReservationView(r.Code, r.Date, slot.Id, slot.Label, r.Channel, r.Status, fullPhone ? r.Phone : MaskPhone(r.Phone),
            cutoff.ToString("yyyy-MM-dd HH:mm"),
            r.Status == ReservationStatus.Confirmed && now <= cutoff && r.Tickets.Any(t => t.Status == TicketStatus.Valid),
            [.. r.Tickets.OrderBy(t => t.Seat).Select(t => new TicketView(t.Id, t.Name, t.IdType, IdDocuments.Names[t.IdType], t.IdMasked, t.Status,
                t.AdmittedAt is { } at ? MuseumClock.Format(at) : null, secrets.Qr(t.Id)))]);
    }

    public static GroupView Group(FindBooking.Group g) => Group(g.Visit, g.Slot, g.ReservationCode);

    public static GroupView Group(GroupVisit g, TimeSlot? slot, string? reservationCode) => new(
        g.Id, g.Code, g.Organisation, g.LeaderName, g.LeaderPhone, g.Date, g.TimeSlotId, slot?.Label ?? "", g.Pupils, g.Teachers, g.Headcount,
        g.BusInfo, g.Note, g.Status, g.DecisionNote, g.DecidedBy, g.DecidedAt is { } at ? MuseumClock.Format(at) : null, reservationCode,
        g.Members.Count);
}

using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Common;
using SciMuseum.Core.Persistence;

namespace SciMuseum.Core.Exhibits;

/// <summary>
/// The work-order board of a year: per state its first cards, latest due first, and how many it holds (counted up to
/// <see cref="Paging.CountCap"/>). Each column is read in the database on its own (State, DueAt, Id) range, never the year's
/// orders at once: at 200,000 orders a year that load took seconds.
/// </summary>
public static class WorkOrderBoard
{
    public const int CardsPerColumn = 50;

    public sealed record Column(WorkOrderState State, IReadOnlyList<WorkOrderView> Cards, int Count, bool CountCapped);

    public static async Task<List<Column>> HandleAsync(MuseumDb db, DateTime now, int year, CancellationToken ct)
    {
        var columns = new List<Column>();
        foreach (var state in Enum.GetValues<WorkOrderState>())
        {
            var orders = ListWorkOrders.Views(db, now, new ListWorkOrders.Query(State: state, Year: year));
            var cards = await orders.Take(CardsPerColumn).ToListAsync(ct);
            var (count, capped) = cards.Count < CardsPerColumn ? (cards.Count, false) : await orders.CountCappedAsync(Paging.CountCap, ct);
            columns.Add(new Column(state, cards, count, capped));
        }
        return columns;
    }
}

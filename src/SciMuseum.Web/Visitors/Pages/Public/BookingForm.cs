using SciMuseum.Core.Visitors;

namespace SciMuseum.Web.Visitors.Pages.Public;

/// <summary>What the booking page posts; rows left blank are not visitors.</summary>
public sealed class BookingForm
{
    public const int Rows = 5;

    public DateOnly? Date { get; set; }
    public string? SlotId { get; set; }
    public string? Phone { get; set; }
    public bool AcceptRules { get; set; }
    public List<VisitorRow> Visitors { get; set; } = [.. Enumerable.Range(0, Rows).Select(_ => new VisitorRow())];

    public sealed class VisitorRow
    {
        public string? Name { get; set; }
        public IdType IdType { get; set; } = IdType.ResidentId;
        public string? IdNumber { get; set; }

        public bool IsBlank => string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(IdNumber);
    }

    /// <summary>Moves the rows filled in to the top, so that error keys (<c>visitors[i]</c>) match the rows shown.</summary>
    public void Compact()
    {
        var rows = Visitors.Take(Rows).ToList();
        Visitors = [.. rows.Where(v => !v.IsBlank), .. rows.Where(v => v.IsBlank)];
        while (Visitors.Count < Rows) Visitors.Add(new VisitorRow());
    }

    /// <summary>The rows filled in (at least the first, so that an empty form says what is missing).</summary>
    public BookVisit.Command ToCommand(DateOnly? date, Guid? slotId) => new(date, slotId, Phone?.Trim(),
        [.. Visitors.Where((v, i) => i == 0 || !v.IsBlank).Select(v => new BookVisit.VisitorInput(v.Name?.Trim(), v.IdType, v.IdNumber?.Trim()))]);
}

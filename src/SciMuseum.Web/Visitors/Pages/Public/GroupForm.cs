using SciMuseum.Core.Visitors;

namespace SciMuseum.Web.Visitors.Pages.Public;

/// <summary>What the group request page posts; the member file comes with it as the multipart field <see cref="FileField"/>.</summary>
public sealed class GroupForm
{
    public const string FileField = "membersFile";

    public DateOnly? Date { get; set; }
    public string? SlotId { get; set; }
    public string? Organisation { get; set; }
    public string? LeaderName { get; set; }
    public string? LeaderPhone { get; set; }
    public int? Pupils { get; set; }
    public int? Teachers { get; set; }
    public string? BusInfo { get; set; }
    public string? Note { get; set; }

    public Groups.RequestCommand ToCommand(List<BookVisit.VisitorInput>? members) => new(
        Organisation?.Trim(), LeaderName?.Trim(), LeaderPhone?.Trim(), Date, Guid.TryParse(SlotId, out var id) ? id : null,
        Pupils, Teachers, BusInfo?.Trim(), Note?.Trim(), members);
}

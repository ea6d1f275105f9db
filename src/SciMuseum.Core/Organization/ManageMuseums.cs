using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Common;
using SciMuseum.Core.Persistence;
using SciMuseum.Core.Visitors;
using static SciMuseum.Core.Common.Bilingual;

namespace SciMuseum.Core.Organization;

/// <summary>How a new museum gets its departments: the standard seven (四部一室两中心) or none (it adds its own).</summary>
public enum DepartmentsMode
{
    Standard,
    None,
}

/// <summary>A museum as the museum list shows it.</summary>
public sealed record MuseumSummary(Guid Id, string Code, string Name, string Province, string City, bool IsArchived = false);

/// <summary>
/// The installation's museums (系统管理): a system administrator adds one (its code, name, province, departments and
/// first opening rule), edits its name and province, and archives it (hidden from lists and <c>?museum=</c>, records kept).
/// </summary>
public static class ManageMuseums
{
    public const int CodeLength = 40;

    public sealed record CreateCommand(
        string? Code, string? Name, string? Province, string? City = null, DepartmentsMode? Departments = null,
        CalendarAdmin.RuleCommand? OpeningRule = null, FirstAdministrator? Administrator = null);

    public sealed record FirstAdministrator(string? Email, string? Password, string? DisplayName = null);

    public sealed record EditCommand(string? Name, string? Province, string? City);

    public sealed class CreateValidator : AbstractValidator<CreateCommand>
    {
        public CreateValidator()
        {
            RuleFor(c => c.Code).RequiredText(CodeLength)
                .Matches("^[a-z0-9][a-z0-9-]*$").WithMessage(_ => L("代码只能含小写字母、数字和连字符，且以字母或数字开头（用在网址里）。",
                    "Lower-case letters, digits and hyphens only, starting with a letter or digit (it is used in URLs)."));
            RuleFor(c => c.Name).RequiredText(100);
            RuleFor(c => c.Province).OptionalText(50);
            RuleFor(c => c.City).OptionalText(50);
            RuleFor(c => c.Departments).IsInEnum();
            RuleFor(c => c.OpeningRule!).SetValidator(new CalendarAdmin.RuleValidator()).When(c => c.OpeningRule is not null);
            RuleFor(c => c.Administrator!).SetValidator(new AdministratorValidator()).When(c => c.Administrator is not null);
        }
    }

    public sealed class AdministratorValidator : AbstractValidator<FirstAdministrator>
    {
        public AdministratorValidator()
        {
            RuleFor(a => a.Email).RequiredText(200).EmailAddress()
                .WithMessage(_ => L("请填写有效的电子邮箱。", "Enter a valid e-mail address."));
            RuleFor(a => a.Password).RequiredText(100).MinimumLength(10)
                .WithMessage(_ => L("密码至少 10 个字符。", "The password needs at least 10 characters."));
            RuleFor(a => a.DisplayName).OptionalText(100);
        }
    }

    public sealed class EditValidator : AbstractValidator<EditCommand>
    {
        public EditValidator()
        {
            RuleFor(c => c.Name).RequiredText(100);
            RuleFor(c => c.Province).OptionalText(50);
            RuleFor(c => c.City).OptionalText(50);
        }
    }

    public static Refusal DuplicateCode(string code) => Refusal.OnField("code",
        $"已有代码为“{code}”的场馆。", $"A museum with the code '{code}' already exists.");

    /// <summary>Every museum (archived ones too when asked), by name.</summary>
    public static async Task<List<MuseumSummary>> ListAsync(MuseumDb db, bool includeArchived, CancellationToken ct) =>
        await db.Museums.AsNoTracking().Where(m => includeArchived || !m.IsArchived).OrderBy(m => m.IsArchived).ThenBy(m => m.Name)
            .Select(m => new MuseumSummary(m.Id, m.Code, m.Name, m.Province, m.City, m.IsArchived)).ToListAsync(ct);

    /// <summary>
    /// Adds the museum, its departments and its opening rule in the caller's transaction. The rows are written as the
    /// new museum's (the acting museum switches to it and back), so the tenant guard sees them as its own.
    /// </summary>
    public static async Task<Result<Museum>> CreateAsync(MuseumDb db, CreateCommand c, CancellationToken ct)
    {
        var code = c.Code!.Trim();
        if (await db.Museums.AnyAsync(m => m.Code == code, ct)) return DuplicateCode(code);
        var museum = new Museum { Code = code, Name = c.Name!.Trim(), Province = c.Province?.Trim() ?? "", City = c.City?.Trim() ?? "" };
        if (c.OpeningRule is { } rule) museum.OpeningHours = OpeningText(rule);
        db.Museums.Add(museum);
        var acting = db.User.MuseumId;
        db.User.Act(museum.Id);
        try
        {
            if ((c.Departments ?? DepartmentsMode.Standard) == DepartmentsMode.Standard) StandardDepartments.AddTo(db, museum.Id);
            db.Add(new VisitorSettings { MuseumId = museum.Id, Rules = VisitorSettings.RulesFor(museum.OpeningHours) });
            if (c.OpeningRule is { } r)
                db.Add(new OpeningRule
                {
                    MuseumId = museum.Id,
                    EffectiveFrom = r.EffectiveFrom!.Value,
                    OpenWeekdays = OpeningRule.Weekdays([.. r.OpenWeekdays!]),
                    DailyCap = r.DailyCap!.Value,
                    Slots = [.. r.Slots!.OrderBy(s => s.Start).Select(s => new OpeningRuleSlot { Start = s.Start!.Value, End = s.End!.Value, Capacity = s.Capacity!.Value })],
                });
            await db.SaveChangesAsync(ct);
        }
        finally
        {
            db.User.Act(acting);
        }
        return museum;
    }

    public static async Task<Result<Museum>> EditAsync(MuseumDb db, Guid id, EditCommand c, CancellationToken ct)
    {
        if (await db.Museums.FirstOrDefaultAsync(m => m.Id == id, ct) is not { } m) return NotFound();
        m.Name = c.Name!.Trim();
        m.Province = c.Province?.Trim() ?? "";
        m.City = c.City?.Trim() ?? "";
        await db.SaveChangesAsync(ct);
        return m;
    }

    /// <summary>Archives a museum (or brings it back); the last active museum cannot be archived.</summary>
    public static async Task<Result<Museum>> ArchiveAsync(MuseumDb db, Guid id, bool archived, CancellationToken ct)
    {
        if (await db.Museums.FirstOrDefaultAsync(m => m.Id == id, ct) is not { } m) return NotFound();
        if (archived && !m.IsArchived && !await db.Museums.AnyAsync(x => x.Id != id && !x.IsArchived, ct))
            return Refusal.Because("last-museum", "这是唯一在用的场馆，不能停用。", "This is the only active museum; it cannot be archived.");
        m.IsArchived = archived;
        await db.SaveChangesAsync(ct);
        return m;
    }

    private static Refusal NotFound() => Refusal.NotFound("没有这个场馆。", "No such museum.");

    /// <summary>The opening hours visitors read, written from the rule (周二至周日 9:00–16:30).</summary>
    public static string OpeningText(CalendarAdmin.RuleCommand rule)
    {
        var days = (rule.OpenWeekdays ?? []).Distinct().OrderBy(d => ((int)d + 6) % 7).ToList();
        string[] names = ["周日", "周一", "周二", "周三", "周四", "周五", "周六"];
        var slots = (rule.Slots ?? []).Where(s => s?.Start is not null && s.End is not null).ToList();
        var hours = slots.Count == 0 ? "" : $" {slots.Min(s => s.Start!.Value):H:mm}–{slots.Max(s => s.End!.Value):H:mm}";
        var closed = Enum.GetValues<DayOfWeek>().Except(days).OrderBy(d => ((int)d + 6) % 7).Select(d => names[(int)d]).ToList();
        var open = string.Join("、", days.Select(d => names[(int)d]));
        return open + hours + (closed.Count > 0 ? "，" + string.Join("、", closed) + "闭馆" : "");
    }
}

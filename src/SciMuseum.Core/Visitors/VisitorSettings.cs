using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SciMuseum.Core.Common;
using SciMuseum.Core.Organization;

namespace SciMuseum.Core.Visitors;

/// <summary>
/// A museum's booking rules (预约须知), defaulting to what Chinese science museums publish: booking opens 7 days
/// ahead, at most 5 visitors per booking, one booking per ID per day, cancellation until 23:30 the day before,
/// 3 no-shows (爽约) within 90 days bar the ID for 30 days; groups of 30–150 with a teacher per 20 pupils.
/// </summary>
public sealed class VisitorSettings : Entity, IMuseumOwned
{
    public Guid MuseumId { get; set; }
    public int BookingDaysAhead { get; set; } = 7;
    public int MaxVisitorsPerBooking { get; set; } = 5;
    /// <summary>Cancellation is possible until this time on the day before the visit.</summary>
    public TimeOnly CancelCutoff { get; set; } = new(23, 30);
    public int NoShowLimit { get; set; } = 3;
    public int NoShowWindowDays { get; set; } = 90;
    public int NoShowBarDays { get; set; } = 30;
    public int GroupMin { get; set; } = 30;
    public int GroupMax { get; set; } = 150;
    public int PupilsPerTeacher { get; set; } = 20;
    /// <summary>Group requests must reach the museum this many days before the visit.</summary>
    public int GroupLeadDays { get; set; } = 3;
    /// <summary>Visitors' personal data is anonymised this many days after the visit (counts stay).</summary>
    public int RetentionDays { get; set; } = 365;
    public string Rules { get; set; } = DefaultRules;
    /// <summary>Signs tickets and keys the ID hashes; never leaves the database (byte columns stay out of the audit log).</summary>
    public byte[] TicketKey { get; set; } = RandomNumberGenerator.GetBytes(32);

    public const string DefaultRules =
        "1. 实行实名制预约参观，每张身份证件每天限预约一次，每单最多 5 人。\n" +
        "2. 预约开放时间为参观日前 7 天；参观前一天 23:30 前可取消。\n" +
        "3. 90 天内累计 3 次预约未到馆（爽约），30 天内不能预约。\n" +
        "4. 请凭二维码或有效证件在预约时段内入馆；开放日与闭馆日以本馆开放日历为准。\n" +
        "5. 团体（30–150 人，每 20 名学生至少 1 名带队老师）请至少提前 3 天预约，经审核后参观。";

    /// <summary>The default rules with the museum's own opening hours in item 4 (周三至周日 9:00–16:30，周一、周二闭馆).</summary>
    public static string RulesFor(string openingHours) => string.IsNullOrWhiteSpace(openingHours)
        ? DefaultRules
        : DefaultRules.Replace("开放日与闭馆日以本馆开放日历为准。", $"开放时间：{openingHours.Trim()}（以本馆开放日历为准）。");
}

internal sealed class VisitorSettingsConfiguration : IEntityTypeConfiguration<VisitorSettings>
{
    public void Configure(EntityTypeBuilder<VisitorSettings> b)
    {
        b.HasIndex(x => x.MuseumId).IsUnique();
        b.Property(x => x.Rules).HasMaxLength(4000);
        b.Property(x => x.TicketKey).HasMaxLength(64);
        b.HasOne<Museum>().WithMany().HasForeignKey(x => x.MuseumId).OnDelete(DeleteBehavior.Restrict);
    }
}

using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SciMuseum.BrowserTests.Infrastructure;
using SciMuseum.Core.Visitors;

namespace SciMuseum.BrowserTests.Visitors;

/// <summary>What the visitor tests share: a fresh visitor (valid, unused ID), screenshots, reading SSR text.</summary>
internal static partial class VisitorPages
{
    public static readonly TimeZoneInfo Beijing = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static DateTime BeijingNow => TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, Beijing);

    /// <summary>A resident ID of Nanyang with a random birth date and sequence, so reruns never collide.</summary>
    public static string NewResidentId()
    {
        var birth = new DateOnly(1960, 1, 1).AddDays(Random.Shared.Next(0, 16000));
        var first17 = $"411302{birth:yyyyMMdd}{Random.Shared.Next(0, 1000):D3}";
        return first17 + IdDocuments.CheckCharacter(first17);
    }

    public static string NewPhone() => "139" + Random.Shared.Next(0, 100_000_000).ToString("D8");

    public static string NewName() => "测试" + "甲乙丙丁戊己庚辛壬癸"[Random.Shared.Next(10)] + "子丑寅卯辰巳午未申酉"[Random.Shared.Next(10)];

    public static async Task ShotAsync(IPage page, string name)
    {
        var folder = Environment.GetEnvironmentVariable("SCIMUSEUM_SHOTS") ?? Path.Combine(BrowserTest.BinFolder, "screenshots");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, name + ".png"), FullPage = true });
    }

    /// <summary>Static SSR writes Chinese as character references in attributes; the DOM has the real text.</summary>
    public static string Decode(string? html) => WebUtility.HtmlDecode(html ?? "");

    public static TimeOnly SlotStart(string label) => TimeOnly.Parse(SlotTime().Match(label).Groups[1].Value);

    public static TimeOnly SlotEnd(string label) => TimeOnly.Parse(SlotTime().Match(label).Groups[2].Value);

    [GeneratedRegex(@"(\d\d:\d\d)\s*[–-]\s*(\d\d:\d\d)")]
    private static partial Regex SlotTime();
}

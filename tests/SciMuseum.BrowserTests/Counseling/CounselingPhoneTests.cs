using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Playwright;
using SciMuseum.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace SciMuseum.BrowserTests.Counseling;

/// <summary>On a phone: a counselor opens a case and writes a note (stored as ciphertext only); a parent books and cancels a consultation.</summary>
public sealed class CounselingPhoneTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string Shots = "/tmp/shots";

    public override async Task InitializeAsync() => Page = await Fixture.NewPageAsync(375, 812);

    private async Task<HttpClient> ApiAsync(string email)
    {
        var http = new HttpClient { BaseAddress = new Uri(Fixture.BaseUrl) };
        var login = await (await http.PostAsJsonAsync("/api/v1/auth/login", new { email, password = BrowserFixture.AdminPassword })).Content.ReadFromJsonAsync<JsonElement>();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", login.GetProperty("accessToken").GetString());
        return http;
    }

    private async Task SignInAsAsync(string email)
    {
        await Page.GotoAsync("/login");
        await Page.FillAsync("input[name=email]", email);
        await Page.FillAsync("input[name=password]", BrowserFixture.AdminPassword);
        await Page.ClickAsync("button[type=submit]");
        await Page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
    }

    [Fact]
    public Task A_counselor_opens_a_case_on_a_phone_and_writes_a_note_the_database_file_holds_only_as_ciphertext() => RunAsync(async () =>
    {
        Directory.CreateDirectory(Shots);
        var email = await Fixture.CreateUserAsync("周老师", "Counselor");
        var api = await ApiAsync(email);
        var created = await (await api.PostAsJsonAsync("/api/v1/counseling/cases", new
        {
            minorName = "小周", age = 12, school = "南阳市第二十一小学", guardianName = "周妈妈", guardianRelation = "母亲", guardianPhone = "13900002222",
            presentingProblem = "开学后不愿去学校，早上肚子疼。", risk = "Medium", openedOn = DateTime.UtcNow.ToString("yyyy-MM-dd"),
        })).Content.ReadFromJsonAsync<JsonElement>();
        var number = created.GetProperty("number").GetString()!;

        await SignInAsAsync(email);
        await Page.GotoAsync("/staff/counseling/cases");
        var card = Page.GetByTestId($"case-{number}");
        await Expect(card).ToContainTextAsync("小周");
        await Page.ScreenshotAsync(new() { Path = $"{Shots}/counseling-my-cases.png", FullPage = true });
        await Interactive.FollowAsync(card);
        await Expect(Page.GetByTestId("case-title")).ToContainTextAsync(number);

        var note = $"与母亲约定每天早上先到校门口再决定-{Guid.NewGuid():N}"[..40];
        var entry = Page.GetByTestId("entry").Filter(new() { HasText = note });
        for (var i = 0; i < 20 && !await entry.IsVisibleAsync(); i++)
        {
            // The page is prerendered: until its circuit is live, what is typed is not sent. Type and save until the note shows.
            await Page.GetByTestId("note-text").FillAsync(note);
            await Page.GetByTestId("note-save").Locator("button").ClickAsync(new() { Timeout = 2_000 });
            try { await entry.WaitForAsync(new() { Timeout = 1_500 }); } catch (TimeoutException) { }
        }
        await Expect(entry).ToBeVisibleAsync();
        await Page.ScreenshotAsync(new() { Path = $"{Shots}/counseling-case-phone.png", FullPage = true });

        // The SQLite file and its write-ahead log, byte for byte: the note is not there in plain text.
        foreach (var path in new[] { Fixture.DatabaseFile, Fixture.DatabaseFile + "-wal" }.Where(File.Exists))
        {
            await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var bytes = new MemoryStream();
            await stream.CopyToAsync(bytes);
            Assert.Equal(-1, bytes.ToArray().AsSpan().IndexOf(Encoding.UTF8.GetBytes(note)));
            Assert.Equal(-1, bytes.ToArray().AsSpan().IndexOf(Encoding.UTF8.GetBytes("开学后不愿去学校")));
        }
    });

    [Fact]
    public Task A_parent_books_a_consultation_on_a_phone_gets_a_code_and_cancels_with_it() => RunAsync(async () =>
    {
        Directory.CreateDirectory(Shots);
        var admin = await ApiAsync(BrowserFixture.AdminEmail);
        var date = DateTime.UtcNow.AddHours(8).AddDays(2).ToString("yyyy-MM-dd");
        var start = $"{10 + Random.Shared.Next(8):00}:{Random.Shared.Next(60):00}";
        var slot = await (await admin.PostAsJsonAsync("/api/v1/counseling/slots", new { date, start, end = "19:00", capacity = 1 })).Content.ReadFromJsonAsync<JsonElement>();
        var slotId = slot.GetProperty("id").GetString()!;

        await Page.GotoAsync("/counseling/book");
        await Page.Locator($"label[data-slot='{slotId}'] input").CheckAsync();
        await Page.GetByTestId("booking-name").FillAsync("乐乐妈妈");
        await Page.GetByTestId("booking-phone").FillAsync("13900003333");
        await Page.GetByTestId("booking-age").SelectOptionAsync("Junior");
        await Page.ScreenshotAsync(new() { Path = $"{Shots}/counseling-book-phone.png", FullPage = true });
        await Page.GetByTestId("booking-submit").ClickAsync();
        await Expect(Page.GetByTestId("booking-done")).ToBeVisibleAsync();
        var code = (await Page.GetByTestId("booking-code").InnerTextAsync()).Trim();
        Assert.Matches("^X[0-9A-Z]{7}$", code);
        await Page.ScreenshotAsync(new() { Path = $"{Shots}/counseling-booked-phone.png", FullPage = true });

        // The slot had one place: it now shows full.
        await Page.GotoAsync("/counseling/book");
        await Expect(Page.Locator($"label[data-slot='{slotId}']")).ToContainTextAsync("已约满");

        await Page.GotoAsync("/counseling/cancel");
        await Page.GetByTestId("cancel-code").FillAsync(code);
        await Page.GetByTestId("cancel-phone").FillAsync("13900000000");
        await Page.GetByTestId("cancel-submit").ClickAsync();
        await Expect(Page.GetByTestId("cancel-error")).ToContainTextAsync("查无此预约");
        await Page.GetByTestId("cancel-code").FillAsync(code);
        await Page.GetByTestId("cancel-phone").FillAsync("13900003333");
        await Page.GetByTestId("cancel-submit").ClickAsync();
        await Expect(Page.GetByTestId("cancel-done")).ToContainTextAsync(code);
    });
}

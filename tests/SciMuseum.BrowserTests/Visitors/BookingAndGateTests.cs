using System.Text.Json;
using Microsoft.Playwright;
using SciMuseum.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;
using static SciMuseum.BrowserTests.Visitors.VisitorPages;

namespace SciMuseum.BrowserTests.Visitors;

/// <summary>A visitor books on a phone-sized page and the gate checks the ticket; each run books with a fresh ID.</summary>
public sealed class BookingAndGateTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    public override async Task InitializeAsync() => Page = await Fixture.NewPageAsync(375, 812);

    /// <summary>Opens the booking page on the first bookable date and picks its last bookable slot; returns the slot's label.</summary>
    private async Task<string> OpenFirstBookableSlotAsync(bool lastDate = false)
    {
        await Page.GotoAsync("/visit/book");
        // Load the date's page outright: a click is an enhanced navigation that could patch the form after we fill it.
        var dates = Page.GetByTestId("dates").Locator("a.visit-date");
        var href = await (lastDate ? dates.Last : dates.First).GetAttributeAsync("href");
        await Page.GotoAsync(href!);
        await Expect(Page.GetByTestId("book-form")).ToBeVisibleAsync();
        var slot = Page.GetByTestId("slot-pick").Locator("label:not(.disabled)").Last;
        await slot.Locator("input[type=radio]").CheckAsync();
        return await slot.Locator(".visit-slot-time").InnerTextAsync();
    }

    private async Task FillVisitorAsync(string name, string id, string phone)
    {
        var first = Page.GetByTestId("visitor-0");
        await first.Locator("input").First.FillAsync(name);
        await first.Locator("select").SelectOptionAsync(new SelectOptionValue { Label = "居民身份证" });
        await first.Locator("input").Last.FillAsync(id);
        await Page.Locator("input[type=tel]").FillAsync(phone);
        await Page.Locator(".visit-accept input[type=checkbox]").CheckAsync();
    }

    /// <summary>Draws the first ticket's SVG on a canvas and reads it with the jsQR the gate's camera uses.</summary>
    private async Task<string?> ReadQrWithJsQrAsync() => await Page.EvaluateAsync<string?>("""
        async () => {
            await new Promise((ok, fail) => { const s = document.createElement("script"); s.src = "/lib/jsqr/jsQR.js"; s.onload = ok; s.onerror = fail; document.head.appendChild(s); });
            const svg = document.querySelector("[data-testid=ticket] svg");
            const image = new Image();
            image.src = "data:image/svg+xml;charset=utf-8," + encodeURIComponent(new XMLSerializer().serializeToString(svg));
            await image.decode();
            const canvas = document.createElement("canvas");
            canvas.width = canvas.height = 400;
            const context = canvas.getContext("2d");
            context.fillStyle = "#fff";
            context.fillRect(0, 0, 400, 400);
            context.drawImage(image, 0, 0, 400, 400);
            return window.jsQR(context.getImageData(0, 0, 400, 400).data, 400, 400)?.data ?? null;
        }
        """);

    private async Task<int> RemainingAsync(string date)
    {
        var response = await Page.APIRequest.GetAsync($"/api/v1/public/opening?date={date}");
        using var json = JsonDocument.Parse(await response.TextAsync());
        return json.RootElement.GetProperty("remaining").GetInt32();
    }

    [Fact]
    public Task A_visitor_books_on_a_phone_and_the_gate_answers_for_the_ticket() => RunAsync(async () =>
    {
        var slotLabel = await OpenFirstBookableSlotAsync();
        var date = await Page.Locator("input[name='Form.Date']").InputValueAsync();
        await ShotAsync(Page, "visit-book-phone");
        await FillVisitorAsync(NewName(), NewResidentId(), NewPhone());
        await Page.GetByRole(AriaRole.Button, new() { Name = "提交预约" }).ClickAsync();

        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/visit/ticket/[A-Z0-9]{10}\\?t="));
        var code = await Page.GetByTestId("booking-code").InnerTextAsync();
        var ticket = Page.GetByTestId("ticket").First;
        await Expect(ticket.Locator("svg")).ToBeVisibleAsync();
        var qr = Decode(await ticket.GetAttributeAsync("data-qr"));
        Assert.StartsWith("SM1.", qr);
        Assert.Matches("^[A-Z0-9]{10}$", code.Trim());
        Assert.Equal(qr, await ReadQrWithJsQrAsync());
        await ShotAsync(Page, "visit-ticket-phone");

        await SignInAsync();
        await Page.GotoAsync("/staff/visitors/gate");
        await Expect(Page.Locator(".gate[data-live=true]")).ToBeVisibleAsync();
        await Page.GetByTestId("gate-input").FillAsync(qr);
        await Page.GetByTestId("gate-check").ClickAsync();

        var now = BeijingNow;
        var today = DateOnly.FromDateTime(now).ToString("yyyy-MM-dd");
        var time = TimeOnly.FromDateTime(now);
        var expected = date != today ? "WrongDay"
            : time >= SlotStart(slotLabel).AddMinutes(-30) && time <= SlotEnd(slotLabel) ? "Admitted" : "WrongSlot";
        await Expect(Page.GetByTestId("gate-answer")).ToHaveAttributeAsync("data-answer", expected);
        await ShotAsync(Page, "gate-answer-" + expected);
        if (expected == "Admitted")
        {
            await Page.GetByTestId("gate-input").FillAsync(qr);
            await Page.GetByTestId("gate-check").ClickAsync();
            await Expect(Page.GetByTestId("gate-answer")).ToHaveAttributeAsync("data-answer", "AlreadyAdmitted");
            await ShotAsync(Page, "gate-answer-AlreadyAdmitted");
        }
    });

    [Fact]
    public Task An_invalid_ID_number_is_shown_next_to_its_field_and_books_nothing() => RunAsync(async () =>
    {
        await OpenFirstBookableSlotAsync();
        var date = await Page.Locator("input[name='Form.Date']").InputValueAsync();
        var before = await RemainingAsync(date);
        var id = NewResidentId();
        var wrong = id[..17] + (id[17] == '0' ? '1' : '0');
        await FillVisitorAsync(NewName(), wrong, NewPhone());
        await Page.GetByRole(AriaRole.Button, new() { Name = "提交预约" }).ClickAsync();

        await Expect(Page.Locator(".field-error[data-field='visitors[0].idNumber']")).ToBeVisibleAsync();
        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/visit/book"));
        Assert.Equal(before, await RemainingAsync(date));
        await ShotAsync(Page, "visit-book-invalid-id");
    });

    [Fact]
    public Task The_lobby_screen_and_the_opening_page_show_today() => RunAsync(async () =>
    {
        await Page.GotoAsync("/visit");
        await Expect(Page.GetByTestId("today-status")).ToBeVisibleAsync();
        await Expect(Page.GetByTestId("book-link")).ToHaveAttributeAsync("href", "/visit/book");
        await ShotAsync(Page, "visit-opening-phone");

        await Page.SetViewportSizeAsync(1280, 720);
        await Page.GotoAsync("/visit/screen");
        await Expect(Page.GetByTestId("led-status")).ToContainTextAsync("今日");
        await Expect(Page.Locator("meta[http-equiv=refresh]")).ToHaveAttributeAsync("content", "30");
        await ShotAsync(Page, "visit-led-screen");
    });

    [Fact]
    public Task A_visitor_cancels_a_later_booking_from_the_ticket_page_and_the_places_return() => RunAsync(async () =>
    {
        await OpenFirstBookableSlotAsync(lastDate: true);
        var date = await Page.Locator("input[name='Form.Date']").InputValueAsync();
        var before = await RemainingAsync(date);
        await FillVisitorAsync(NewName(), NewResidentId(), NewPhone());
        await Page.GetByRole(AriaRole.Button, new() { Name = "提交预约" }).ClickAsync();
        await Expect(Page.GetByTestId("cancel-form")).ToBeVisibleAsync();
        Assert.Equal(before - 1, await RemainingAsync(date));

        await Page.GetByTestId("cancel-form").Locator("button").ClickAsync();
        await Expect(Page.GetByTestId("reservation")).ToHaveAttributeAsync("data-status", "Cancelled");
        await Expect(Page.GetByTestId("cancel-form")).ToHaveCountAsync(0);
        Assert.Equal(before, await RemainingAsync(date));
    });
}

using Microsoft.Playwright;
using SciMuseum.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace SciMuseum.BrowserTests.Finance;

/// <summary>
/// /staff/finance and a line's detail page against the 2020 demo ledger. The demo museum is shared by every browser
/// test: these tests either change nothing (a refused payment) or undo what they record, and pin the year with ?year=.
/// </summary>
public sealed class ExecutionPageTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string ProgrammingContest = "青少年创意编程与智能设计大赛";

    private ILocator Table => Page.GetByTestId("execution-table");

    private ILocator Row(string text) => Table.Locator("tbody tr", new() { HasText = text });

    [Fact]
    public Task The_2020_execution_table_shows_the_seed_report_rates_and_the_approved_total() => RunAsync(async () =>
    {
        await SignInAsync();
        await Page.GotoAsync("/staff/finance?year=2020");

        await Expect(Row("P05")).ToContainTextAsync(ProgrammingContest);
        await Expect(Row("P05")).ToContainTextAsync("51.6");
        await Expect(Row("P08")).ToContainTextAsync("90.21");
        await Expect(Row("P09")).ToContainTextAsync("35.34");
        await Expect(Row("P05").GetByTestId("rate")).ToHaveClassAsync("rate-low");
        await Expect(Row("合计")).ToContainTextAsync("518.89");
        await Expect(Row("其中：项目支出")).ToContainTextAsync("437.35");

        await Expect(Page.GetByTestId("card-approved")).ToContainTextAsync("518.89");
        await Expect(Page.GetByTestId("card-project-received")).ToContainTextAsync("437.35");
        await Expect(Page.GetByTestId("card-spent")).ToContainTextAsync("597.77");
        await Expect(Page.GetByTestId("card-three-public")).ToContainTextAsync("未超预算");
        await Expect(Page.GetByTestId("card-procurement")).ToContainTextAsync("80.39");
    });

    [Fact]
    public Task Exporting_the_execution_table_downloads_the_rows_in_wan() => RunAsync(async () =>
    {
        await SignInAsync();
        await Page.GotoAsync("/staff/finance?year=2020");
        await Expect(Row("合计")).ToContainTextAsync("518.89");

        var (fileName, text) = await Downloads.XlsxAsync(Page, Page.GetByTestId("export-execution").Locator("button"));
        Assert.Equal("execution-2020-0101-1231.xlsx", fileName);
        Assert.Contains(ProgrammingContest, text);
        Assert.Contains("批复（万元）", text);
        Assert.Contains("518.89", text);
        Assert.Contains("51.6", text);
    });

    [Fact]
    public Task Paying_20000_yuan_from_P05_with_12100_available_is_refused_and_the_spent_figure_stays() => RunAsync(async () =>
    {
        await SignInAsync();
        await OpenLineAsync(ProgrammingContest);
        var spent = Page.GetByTestId("line-spent");
        await Expect(spent).ToContainTextAsync("12,900.00 元");
        await Expect(Page.GetByTestId("line-balance")).ToContainTextAsync("12,100.00 元");
        await Expect(Page.GetByTestId("line-chart").Locator("svg")).ToContainTextAsync("到位资金");

        var amount = Page.GetByTestId("expenditure-amount").Locator("input");
        await Interactive.ClickUntilAsync(Page.GetByTestId("add-expenditure").Locator("button"), amount);
        var voucher = $"BT-{Guid.NewGuid():N}"[..20];
        await Interactive.FillUntilKeptAsync(amount, "20000");
        await Page.GetByTestId("expenditure-payee").FillAsync("大赛评审及会务");
        await Page.GetByTestId("expenditure-voucher").FillAsync(voucher);
        await Page.GetByTestId("expenditure-save").Locator("button").ClickAsync();

        var refusal = Page.GetByTestId("over-funds");
        await Expect(refusal).ToContainTextAsync("超出该项目到位资金");
        await Expect(refusal).ToContainTextAsync("可用 12,100.00 元");
        await Expect(refusal).ToContainTextAsync("本次 20,000.00 元");
        await Expect(amount).ToBeVisibleAsync();

        await Page.GetByTestId("expenditure-cancel").Locator("button").ClickAsync();
        await Expect(amount).ToBeHiddenAsync();
        await Expect(spent).ToContainTextAsync("12,900.00 元");
        await Expect(Page.GetByTestId("expenditures-table")).Not.ToContainTextAsync(voucher);

        // What the page showed is what is stored: a fresh load agrees.
        await Page.ReloadAsync();
        await Expect(Page.GetByTestId("line-spent")).ToContainTextAsync("12,900.00 元");
    });

    [Fact]
    public Task Recording_a_receipt_raises_the_received_figure_and_withdrawing_it_restores_it() => RunAsync(async () =>
    {
        await SignInAsync();
        await OpenLineAsync("青少年活动中心运行经费");
        var received = Page.GetByTestId("line-received");
        await Expect(received).ToContainTextAsync("100,000.00 元");

        var amount = Page.GetByTestId("receipt-amount").Locator("input");
        await Interactive.ClickUntilAsync(Page.GetByTestId("add-receipt").Locator("button"), amount);
        var document = $"BT-{Guid.NewGuid():N}"[..16];
        await Interactive.FillUntilKeptAsync(amount, "1234.5");
        await Page.GetByTestId("receipt-document").FillAsync(document);
        await Page.GetByTestId("receipt-save").Locator("button").ClickAsync();
        await Expect(amount).ToBeHiddenAsync();
        await Expect(received).ToContainTextAsync("101,234.50 元");

        var row = Page.GetByTestId("receipts-table").Locator("tbody tr", new() { HasText = document });
        await Expect(row).ToContainTextAsync("1,234.50");
        await Interactive.ConfirmUntilGoneAsync(Page, row.GetByTestId("withdraw-receipt"), row);
        await Expect(received).ToContainTextAsync("100,000.00 元");
    });

    [Fact]
    public Task Withdrawing_a_receipt_that_P06_has_already_spent_is_refused() => RunAsync(async () =>
    {
        await SignInAsync();
        await OpenLineAsync("青少年机器人竞赛");
        await Expect(Page.GetByTestId("line-balance")).ToContainTextAsync("0.00 元");

        var row = Page.GetByTestId("receipts-table").Locator("tbody tr", new() { HasText = "2020-09-15" });
        var confirm = Page.Locator(".ant-popover .ant-btn-primary");
        await Interactive.ClickUntilAsync(row.GetByTestId("withdraw-receipt"), confirm);
        await confirm.ClickAsync();
        await Expect(Page.Locator(".ant-message")).ToContainTextAsync("不能撤销");
        await Expect(row).ToContainTextAsync("12,500.00");
        await Expect(Page.GetByTestId("line-received")).ToContainTextAsync("25,000.00 元");
    });

    [Fact]
    public Task A_payment_keeps_its_voucher_scan_for_download_and_deleting_the_payment_restores_the_spent_figure() => RunAsync(async () =>
    {
        await SignInAsync();
        await OpenLineAsync("科技馆免费开放中央补助资金");
        var spent = Page.GetByTestId("line-spent");
        // The demo's 809,200.00, plus whatever other tests (a purchase request ordered on this line) have paid since.
        var yuan = new System.Text.RegularExpressions.Regex(@"([\d,]+\.\d{2}) 元");
        await Expect(spent).ToContainTextAsync(yuan);
        var before = decimal.Parse(yuan.Match(await spent.InnerTextAsync()).Groups[1].Value.Replace(",", ""), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(before >= 809_200m, $"{before}");
        string Printed(decimal v) => v.ToString("#,##0.00", System.Globalization.CultureInfo.InvariantCulture) + " 元";

        var amount = Page.GetByTestId("expenditure-amount").Locator("input");
        await Interactive.ClickUntilAsync(Page.GetByTestId("add-expenditure").Locator("button"), amount);
        var voucher = $"BT-{Guid.NewGuid():N}"[..20];
        await Interactive.FillUntilKeptAsync(amount, "1.23");
        await Page.GetByTestId("expenditure-payee").FillAsync("南阳市展品维修服务部");
        await Page.GetByTestId("expenditure-voucher").FillAsync(voucher);
        await Page.GetByTestId("expenditure-save").Locator("button").ClickAsync();
        await Expect(amount).ToBeHiddenAsync();
        await Expect(spent).ToContainTextAsync(Printed(before + 1.23m));

        var row = Page.GetByTestId("expenditures-table").Locator("tbody tr", new() { HasText = voucher });
        await row.GetByTestId("open-vouchers").ClickAsync();
        var file = Page.GetByTestId("voucher-upload").Locator("input[type=file]");
        byte[] scan = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3, 4, 5, 6, 7, 8];
        await file.SetInputFilesAsync(new FilePayload { Name = "note.txt", MimeType = "text/plain", Buffer = "not a scan"u8.ToArray() });
        await Expect(Page.GetByTestId("voucher-error")).ToContainTextAsync("只接受 PDF、JPG 或 PNG");
        await file.SetInputFilesAsync(new FilePayload { Name = "scan.png", MimeType = "image/png", Buffer = scan });
        var list = Page.GetByTestId("voucher-list");
        await Expect(list).ToContainTextAsync("scan.png");
        await Expect(list).Not.ToContainTextAsync("note.txt");

        var download = await Page.RunAndWaitForDownloadAsync(() => list.GetByTestId("voucher-download").ClickAsync());
        Assert.Equal("scan.png", download.SuggestedFilename);
        var saved = Path.Combine(Path.GetTempPath(), $"scimuseum-voucher-{Guid.NewGuid():N}.png");
        await download.SaveAsAsync(saved);
        try
        {
            Assert.Equal(scan, await File.ReadAllBytesAsync(saved));
        }
        finally
        {
            File.Delete(saved);
        }
        await Page.Keyboard.PressAsync("Escape");
        await Expect(list).ToBeHiddenAsync();
        await Expect(row.GetByTestId("open-vouchers")).ToContainTextAsync("1 个附件");

        await Interactive.ConfirmUntilGoneAsync(Page, row.GetByTestId("delete-expenditure"), row);
        await Expect(spent).ToContainTextAsync(Printed(before));
    });

    /// <summary>From the 2020 execution table, through the line's link, to its detail page.</summary>
    private async Task OpenLineAsync(string name)
    {
        await Page.GotoAsync("/staff/finance?year=2020");
        // A click while the circuit is still connecting can be held and dropped: click until the detail page is there.
        await Interactive.ClickUntilAsync(Row(name).GetByTestId("line-link"), Page.GetByTestId("line-title"));
        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/staff/finance/lines/"));
        await Expect(Page.GetByTestId("line-title")).ToContainTextAsync(name);
    }
}

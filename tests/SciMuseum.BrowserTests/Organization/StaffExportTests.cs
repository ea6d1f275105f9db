using System.IO.Compression;
using System.Text.RegularExpressions;
using SciMuseum.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace SciMuseum.BrowserTests.Organization;

public sealed partial class StaffExportTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public Task Exporting_the_staff_list_downloads_a_workbook_with_every_person_the_page_counts() => RunAsync(async () =>
    {
        await SignInAsync();
        var staff = new StaffPage(Page);
        await staff.OpenAddFormAsync();
        await Page.GetByTestId("staff-cancel").Locator("button").ClickAsync();
        var totalText = await Page.Locator(".ant-pagination-total-text").InnerTextAsync();
        var total = int.Parse(Digits().Match(totalText).Value);

        // The cancelled dialog's mask may still be leaving; the workbook is built on a busy server: give it a minute.
        await Expect(Page.Locator(".ant-modal-mask:visible")).ToHaveCountAsync(0);
        var download = await Page.RunAndWaitForDownloadAsync(
            () => Page.GetByTestId("export-staff").Locator("button").ClickAsync(), new() { Timeout = 60_000 });
        Assert.Matches(@"^staff-\d{4}-\d{2}-\d{2}\.xlsx$", download.SuggestedFilename);
        var file = Path.Combine(Path.GetTempPath(), $"scimuseum-export-{Guid.NewGuid():N}.xlsx");
        await download.SaveAsAsync(file);
        try
        {
            using var zip = ZipFile.OpenRead(file);
            using var reader = new StreamReader(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open());
            var sheet = await reader.ReadToEndAsync();
            Assert.Contains("姓名", sheet);
            Assert.Contains("马军", sheet);
            Assert.Equal(total + 1, RowTags().Matches(sheet).Count); // a header row, then one per person
        }
        finally
        {
            File.Delete(file);
        }
        await Expect(Page.GetByTestId("headcount-summary")).ToBeVisibleAsync();
    });

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    [GeneratedRegex(@"<x:row\b")]
    private static partial Regex RowTags();
}

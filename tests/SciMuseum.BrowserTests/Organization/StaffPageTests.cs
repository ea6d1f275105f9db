using SciMuseum.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace SciMuseum.BrowserTests.Organization;

public sealed class StaffPageTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public Task Adding_an_establishment_member_raises_staff_in_post_from_35_to_36_and_an_empty_name_is_refused() => RunAsync(async () =>
    {
        await SignInAsync();
        var staff = new StaffPage(Page);
        await staff.OpenAddFormAsync();
        // Other browser tests add only contract staff, so the establishment count is the demo's own here.
        await Expect(staff.Summary).ToContainTextAsync("在编在职 35 人");

        await staff.FillAsync("", "女", "展览教育部", "在编", "大学本科", "2024-03-01");
        await staff.SaveAsync();
        await Expect(staff.FieldError("staff-name")).ToContainTextAsync("必填");
        await Expect(staff.NameInput).ToBeVisibleAsync();
        await Expect(staff.Summary).ToContainTextAsync("在编在职 35 人");

        await staff.NameInput.FillAsync("林晓岚");
        await staff.SaveAsync();
        await Expect(staff.NameInput).ToBeHiddenAsync();
        await Expect(staff.Summary).ToContainTextAsync("在编在职 36 人");
        await Expect(Page.GetByTestId("headcount")).ToContainTextAsync("36");

        await staff.SearchAsync("林晓岚");
        await Expect(staff.Table.Locator("tbody tr", new() { HasText = "林晓岚" })).ToContainTextAsync("展览教育部");
        await Expect(staff.Table.Locator("tbody tr", new() { HasText = "林晓岚" })).ToContainTextAsync("在编在职");
    });
}

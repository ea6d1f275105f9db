using Microsoft.Playwright;
using SciMuseum.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace SciMuseum.BrowserTests.Organization;

/// <summary>/staff/organization/staff as a user drives it: the staff tests and the audit test both add people here.</summary>
public sealed class StaffPage(IPage page)
{
    public ILocator Summary => page.GetByTestId("headcount-summary");
    public ILocator Modal => page.Locator(".ant-modal");
    public ILocator NameInput => page.GetByTestId("staff-name");
    public ILocator Table => page.GetByTestId("staff-table");

    /// <summary>Opens the page and the add form, clicking until the circuit is up and the modal shows.</summary>
    public async Task OpenAddFormAsync()
    {
        await page.GotoAsync("/staff/organization/staff");
        await Expect(Summary).ToBeVisibleAsync();
        await Interactive.ClickUntilAsync(page.GetByTestId("add-staff").Locator("button"), NameInput);
    }

    public async Task FillAsync(string name, string gender, string department, string employment, string education, string startDate)
    {
        if (name.Length > 0) await Interactive.FillUntilKeptAsync(NameInput, name);
        else await NameInput.FillAsync(name);
        await ChooseRadioAsync("staff-gender", gender);
        await ChooseRadioAsync("staff-employment", employment);
        await ChooseAsync("staff-department", department);
        await ChooseAsync("staff-education", education);
        var start = page.GetByTestId("staff-start-date").Locator("input");
        await Interactive.FillDateAsync(start, startDate);
    }

    public Task SaveAsync() => page.GetByTestId("staff-save").Locator("button").ClickAsync();

    /// <summary>The error shown under a form field (the FormItem that holds <paramref name="testId"/>).</summary>
    public ILocator FieldError(string testId) =>
        page.Locator(".ant-form-item", new() { Has = page.GetByTestId(testId) }).Locator(".ant-form-item-explain");

    public async Task SearchAsync(string text)
    {
        var search = page.GetByTestId("staff-search");
        await search.FillAsync(text);
        await search.PressAsync("Enter");
    }

    private Task ChooseRadioAsync(string testId, string label) =>
        page.GetByTestId(testId).Locator("label", new() { HasText = label }).ClickAsync();

    private async Task ChooseAsync(string testId, string label)
    {
        await page.GetByTestId(testId).Locator(".ant-select-selector").ClickAsync();
        await page.Locator(".ant-select-dropdown:visible .ant-select-item-option", new() { HasText = label }).First.ClickAsync();
        await Expect(page.GetByTestId(testId).Locator(".ant-select-selection-item")).ToHaveTextAsync(label);
    }
}

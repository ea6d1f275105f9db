using SciMuseum.BrowserTests.Infrastructure;
using SciMuseum.BrowserTests.Organization;
using static Microsoft.Playwright.Assertions;

namespace SciMuseum.BrowserTests.Audit;

public sealed class AuditLogTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public Task The_audit_log_shows_who_added_a_staff_member_with_the_record_after_the_change() => RunAsync(async () =>
    {
        await SignInAsync();
        // Its own insert, so the test does not depend on the order tests run in. A contract member leaves the
        // establishment count (which the staff test checks) alone.
        var staff = new StaffPage(Page);
        await staff.OpenAddFormAsync();
        await staff.FillAsync("审计测试员", "男", "办公室", "政府购岗", "大学专科", "2023-09-01");
        await staff.SaveAsync();
        await Expect(staff.NameInput).ToBeHiddenAsync();

        await Page.GotoAsync("/staff/audit");
        var newest = Page.GetByTestId("audit-table").Locator("tbody tr.ant-table-row").First;
        await Expect(newest).ToContainTextAsync("人员");
        await Expect(newest).ToContainTextAsync("新增");
        await Expect(newest).ToContainTextAsync(BrowserFixture.AdminEmail);

        await Interactive.ClickUntilAsync(newest.Locator(".ant-table-row-expand-icon"), Page.GetByTestId("audit-after").First);
        await Expect(Page.GetByTestId("audit-after").First).ToContainTextAsync("\"Name\": \"审计测试员\"");
        await Expect(Page.GetByTestId("audit-before").First).ToHaveTextAsync("—");
    });
}

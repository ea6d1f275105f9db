using SciMuseum.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace SciMuseum.BrowserTests.Auth;

public sealed class SignInTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public Task A_wrong_password_shows_the_error_and_the_right_one_opens_the_dashboard_with_the_headcount() => RunAsync(async () =>
    {
        await SignInAsync("Not-The-Password-1");
        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/login\\?error=bad"));
        await Expect(Page.GetByTestId("login-error")).ToContainTextAsync("邮箱或密码不正确");

        await SignInAsync();
        await Expect(Page).ToHaveURLAsync(Fixture.BaseUrl + "/staff");
        await Expect(Page.GetByRole(Microsoft.Playwright.AriaRole.Heading, new() { Name = "工作台" })).ToBeVisibleAsync();
        await Expect(Page.GetByTestId("headcount-summary")).ToContainTextAsync("核定编制 35");
        await Expect(Page.GetByTestId("current-user")).ToHaveTextAsync("系统管理员");
    });
}

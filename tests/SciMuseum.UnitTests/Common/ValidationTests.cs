using FluentValidation;
using SciMuseum.Core.Common;

namespace SciMuseum.UnitTests.Common;

public sealed class ValidationTests
{
    private sealed record Form(string? Name, string? Phone);

    private sealed class FormValidator : AbstractValidator<Form>
    {
        public FormValidator()
        {
            RuleFor(f => f.Name).RequiredText(5);
            RuleFor(f => f.Phone).PhoneNumber();
        }
    }

    private static string[] Errors(Form form, string culture = "zh-CN")
    {
        using var _ = UiCulture.Use(culture);
        return [.. new FormValidator().Validate(form).Errors.Select(e => $"{e.PropertyName}: {e.ErrorMessage}")];
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Required_text_refuses_nothing_and_blanks(string? name) =>
        Assert.Equal(["Name: 必填。"], Errors(new Form(name, null)));

    [Fact]
    public void Required_text_refuses_more_than_its_length() =>
        Assert.Equal(["Name: 不能超过 5 个字符。"], Errors(new Form("一二三四五六", null)));

    [Theory]
    [InlineData("甲\u0000乙")]
    [InlineData("甲\u001b乙")]
    public void Text_with_control_characters_is_refused(string name) =>
        Assert.Equal(["Name: 含有不可见的控制字符。"], Errors(new Form(name, null)));

    [Fact]
    public void Line_breaks_and_tabs_are_ordinary_text() => Assert.Empty(Errors(new Form("甲\r\n\t乙", null)));

    [Theory]
    [InlineData("13912345678")]
    [InlineData("0377-12345678")]
    [InlineData("037712345678")]
    [InlineData("010-1234567")]
    [InlineData("")]
    [InlineData(null)]
    public void Mobile_and_landline_numbers_pass(string? phone) => Assert.Empty(Errors(new Form("张三", phone)));

    [Theory]
    [InlineData("12345678901")]
    [InlineData("1391234567")]
    [InlineData("139123456789")]
    [InlineData("+8613912345678")]
    [InlineData("0377-123")]
    public void Anything_else_is_not_a_phone_number(string phone) =>
        Assert.Single(Errors(new Form("张三", phone)), e => e.StartsWith("Phone: 电话号码格式不对"));

    [Fact]
    public void Messages_come_in_English_for_an_English_UI() =>
        Assert.Equal(["Name: Required."], Errors(new Form(null, null), "en"));
}

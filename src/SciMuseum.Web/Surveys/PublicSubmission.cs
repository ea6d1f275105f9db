using Microsoft.AspNetCore.DataProtection;
using SciMuseum.Core.Common;
using SciMuseum.Core.Persistence;
using SciMuseum.Core.Surveys;

namespace SciMuseum.Web.Surveys;

/// <summary>
/// What the public answering page and API add to <see cref="SubmitResponse"/>: the form token every served form
/// carries (a one-time nonce and when it was served, signed by data protection so any instance reads it), the minimum
/// fill time (<c>Surveys:MinimumFillSeconds</c>, 3 by default: a bot posts at once), and kiosk mode by the
/// questionnaire's kiosk key. The honeypot is the command's own <c>website</c> field; floods meet the public rate limit.
/// </summary>
public sealed class PublicSubmission(IDataProtectionProvider protection, IConfiguration config, TimeProvider clock)
{
    public const string DeviceCookie = "sm-survey-device";
    private const string Purpose = "SciMuseum.Surveys.FormToken";

    private ITimeLimitedDataProtector Protector => protection.CreateProtector(Purpose).ToTimeLimitedDataProtector();

    private TimeSpan MinimumFill => TimeSpan.FromSeconds(config.GetValue<double?>("Surveys:MinimumFillSeconds") ?? 3);

    public string NewFormToken() =>
        Protector.Protect($"{Guid.NewGuid():N}|{clock.GetUtcNow().UtcTicks}", TimeSpan.FromDays(1));

    /// <summary>The form's nonce, or the refusal of a missing, forged, expired or too quickly posted form.</summary>
    public Result<string> ReadFormToken(string? token)
    {
        string plain;
        try
        {
            plain = string.IsNullOrEmpty(token) ? "" : Protector.Unprotect(token);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            plain = "";
        }
        var parts = plain.Split('|');
        if (parts.Length != 2 || !long.TryParse(parts[1], out var ticks))
            return Refusal.OnField("formToken", "表单已失效，请刷新页面后重新填写。", "The form has expired: reload the page and answer again.");
        if (clock.GetUtcNow().UtcTicks - ticks < MinimumFill.Ticks)
            return Refusal.OnField("formToken", "提交太快了，请阅读题目后再提交。", "That was too fast: read the questions, then submit.");
        return parts[0];
    }

    public async Task<Result<SurveyResponse>> SubmitAsync(MuseumDb db, string code, SubmitResponse.Command c, string? kioskKey, CancellationToken ct)
    {
        var nonce = ReadFormToken(c.FormToken);
        if (nonce.Refusal is { } refused) return refused;
        var channel = ResponseChannel.Phone;
        if (!string.IsNullOrEmpty(kioskKey))
        {
            if (!await IsKioskAsync(db, code, kioskKey, ct)) return Refusal.OnField("kiosk", "自助终端密钥不对。", "Wrong kiosk key.");
            channel = ResponseChannel.Kiosk;
        }
        return await SubmitResponse.HandleAsync(db, clock, code, c, nonce.Value, channel, ct);
    }

    public static Task<bool> IsKioskAsync(MuseumDb db, string code, string? kioskKey, CancellationToken ct) =>
        Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AnyAsync(db.Questionnaires, q => q.Code == code && q.KioskKey == kioskKey, ct);
}

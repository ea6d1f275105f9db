using Microsoft.AspNetCore.DataProtection;
using SciMuseum.Core.Competitions.Awards;
using SciMuseum.Reports.Pdf;
using SciMuseum.Web.Hosting;

namespace SciMuseum.Web.Competitions;

/// <summary>
/// Certificates as files: one PDF per awarded entry, a category's as one multi-page PDF, a school's as a ZIP of single
/// PDFs. The QR holds the public check URL (SciMuseum:PublicBaseUrl, else this site) + <c>/c/{code}</c>.
/// </summary>
public static class AwardCertificates
{
    /// <summary>A school's download link after it gave its access code: signed for its unit id, valid for an hour.</summary>
    public static readonly CodeLinks SchoolLinks = new("SciMuseum.Competitions.SchoolCertificates.v1", "/api/v1/public/competitions/certificates/school", TimeSpan.FromHours(1));

    public static string CheckUrl(HttpRequest request, IConfiguration config, string code) =>
        CheckUrl($"{request.Scheme}://{request.Host}{request.PathBase}", config, code);

    /// <summary>The check URL from a page's own address (a live page has no request to read the host from).</summary>
    public static string CheckUrl(string siteBase, IConfiguration config, string code) =>
        (config["SciMuseum:PublicBaseUrl"] ?? siteBase).TrimEnd('/') + "/c/" + code;

    public static AwardCertificate ToPdf(Certificates.Facts f, string verifyUrl) =>
        new(f.Number, f.Names, f.School, f.Work, f.Category, f.PrizeTitle, f.Contest, f.Museum, f.Date, verifyUrl);

    public static byte[] Pdf(IEnumerable<Certificates.Facts> facts, Func<string, string> url) =>
        AwardCertificatePdf.Render(facts.Select(f => ToPdf(f, url(f.Code))));

    /// <summary>A ZIP of one PDF per certificate, named by number, category and first entrant; the PDFs are rendered in parallel.</summary>
    public static byte[] Zip(IEnumerable<Certificates.Facts> facts, Func<string, string> url)
    {
        var list = facts.ToList();
        using var buffer = new MemoryStream();
        AwardCertificatePdf.WriteZip(buffer, [.. list.Select(f => ToPdf(f, url(f.Code)))], [.. list.Select(FileName)]);
        return buffer.ToArray();
    }

    public static string FileName(Certificates.Facts f)
    {
        var first = f.Names.Split('、')[0];
        var name = $"{f.Number}-{f.Category}-{first}.pdf";
        return string.Concat(name.Select(c => Path.GetInvalidFileNameChars().Contains(c) ? '_' : c));
    }

    public static string SchoolLink(IDataProtectionProvider protection, Guid unitId) => SchoolLinks.For(protection, unitId.ToString());
}

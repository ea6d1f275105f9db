using System.Diagnostics;
using PdfSharp.Pdf.IO;
using SciMuseum.Reports.Pdf;

namespace SciMuseum.UnitTests.Reports;

public class VolunteerCertificatePdfTests
{
    private static VolunteerCertificate Sample(int services) => new(
        "南阳市科学技术馆", "ZY2020-1A2B3C4D", "孙佳琪", "南阳理工学院", new DateOnly(2020, 1, 1), new DateOnly(2020, 12, 31),
        services * 3.3m, services,
        [.. Enumerable.Range(0, services).Select(i => new VolunteerCertificate.Service(new DateOnly(2020, 6, 13).AddDays(i * 7),
            i % 3 == 0 ? "展品讲解（二楼 科技与生活）" : "入口引导与秩序维护（一楼 探索与发现）", 3.3m))],
        new DateOnly(2021, 1, 5));

    [Fact]
    public void The_certificate_states_the_volunteer_the_period_the_hours_and_each_service_in_chinese()
    {
        var text = Text(VolunteerCertificatePdf.Render(Sample(12)), "certificate-12");
        Assert.Contains("志愿服务时长证明", text);
        Assert.Contains("孙佳琪同志（南阳理工学院）", text);
        Assert.Contains("2020年1月1日至2020年12月31日", text);
        Assert.Contains("累计服务12人次", text);
        Assert.Contains("共计39.6小时", text);
        Assert.Contains("入口引导与秩序维护", text);
        Assert.Contains("南阳市科学技术馆", text);
        Assert.Contains("2021年1月5日", text);
    }

    [Fact]
    public void A_long_list_of_services_runs_onto_further_pages_with_the_header_repeated()
    {
        var pdf = VolunteerCertificatePdf.Render(Sample(60));
        using var read = PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import);
        Assert.True(read.PageCount >= 2);
        var text = Text(pdf, "certificate-60");
        Assert.True(text.Split("服务日期").Length - 1 >= 2, "the table's header on every page");
        Assert.Contains("共计198.0小时", text);
        Assert.Contains("特此证明", text);
    }

    /// <summary>pdftotext without whitespace (lines wrap anywhere in Chinese); with SCIMUSEUM_SHOTS set, the PDF and page PNGs are kept there to look at.</summary>
    private static string Text(byte[] pdf, string name)
    {
        var path = Path.Combine(Path.GetTempPath(), $"{name}-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, pdf);
        try
        {
            if (Environment.GetEnvironmentVariable("SCIMUSEUM_SHOTS") is { Length: > 0 } shots)
            {
                Directory.CreateDirectory(shots);
                File.Copy(path, Path.Combine(shots, name + ".pdf"), overwrite: true);
                Run("pdftoppm", "-r", "100", "-png", path, Path.Combine(shots, name));
            }
            return string.Concat(Run("pdftotext", path, "-").Where(c => !char.IsWhiteSpace(c)));
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string Run(string tool, params string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(tool, arguments) { RedirectStandardOutput = true })!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return output;
    }
}

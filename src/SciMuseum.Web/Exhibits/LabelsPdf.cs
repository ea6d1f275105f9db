using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Exhibits;
using SciMuseum.Core.Persistence;
using SciMuseum.Reports.Pdf;
using SciMuseum.Web.Hosting;

namespace SciMuseum.Web.Exhibits;

/// <summary>
/// GET /api/v1/exhibits/labels.pdf: the exhibits' QR labels as a PDF at exact sizes, an A4 sheet (3 × 7 of 63.5 × 38.1 mm)
/// or one 50 × 30 mm page per label for a label printer. The QR holds the short URL <c>/e/{code}</c>, as the HTML labels.
/// </summary>
public static class LabelsPdf
{
    public const int MaxLabels = 500;

    public static void MapLabelsPdf(this RouteGroupBuilder x) =>
        x.MapGet("/labels.pdf", LabelsAsync).WithName("GetExhibitLabelsPdf")
            .WithSummary("QR labels as PDF: ?format=a4 (A4 sheet, 3 × 7 labels of 63.5 × 38.1 mm) or single (one 50 × 30 mm page each); "
                + "which exhibits: ?ids=&ids= or ?floor= or ?code=, else every exhibit not retired (at most 500)")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf");

    private static async Task<Results<FileContentHttpResult, ValidationProblem>> LabelsAsync(string? format, Guid[]? ids, int? floor, string? code,
        HttpRequest request, IConfiguration config, MuseumDb db, CancellationToken ct)
    {
        if (format is not (null or "a4" or "single"))
            return Problems.Field("format", "格式只能是 a4（A4 标签纸）或 single（标签打印机单张）。", "The format must be a4 (A4 label sheet) or single (label printer).");
        if (ids is { Length: > MaxLabels })
            return Problems.Field("ids", $"一次最多打印 {MaxLabels} 张标签。", $"At most {MaxLabels} labels at a time.");
        if (floor is < -5 or > 100) return Problems.Field("floor", "楼层须在 -5 到 100 之间。", "The floor must be between -5 and 100.");
        if (code is { Length: > 30 }) return Problems.Field("code", "编号不能超过 30 个字符。", "At most 30 characters.");

        var query = new ListExhibits.Query(Floor: floor, Code: string.IsNullOrWhiteSpace(code) ? null : code, Ids: ids is { Length: > 0 } ? ids : null);
        // Retired exhibits are left out after reading: EF cannot translate a filter on the constructed view.
        var exhibits = (await ListExhibits.Views(db, query).ToListAsync(ct)).Where(e => e.Status != ExhibitStatus.Retired).Take(MaxLabels).ToList();
        var museum = await db.Museums.Where(m => m.Id == db.User.MuseumId).Select(m => m.Name).FirstOrDefaultAsync(ct) ?? "";
        var site = $"{request.Scheme}://{request.Host}{request.PathBase}";
        var labels = exhibits.Select(e => new ExhibitLabels.Label(e.Code, e.Name, Place(e), ShortUrl(config, site, e.Code))).ToList();

        var single = format == "single";
        var bytes = single ? ExhibitLabels.Singles(museum, labels) : ExhibitLabels.A4(museum, labels);
        return TypedResults.File(bytes, "application/pdf", single ? "exhibit-labels-50x30.pdf" : "exhibit-labels-a4.pdf");
    }

    /// <summary>Where the exhibit stands, as a label shows it: "2 楼 · 力学展厅", or the caravan.</summary>
    public static string Place(ExhibitView e) => e.Floor is { } f ? $"{f} 楼 · {e.Hall}" : e.Category == ExhibitCategory.Caravan ? "科普大篷车" : e.Hall ?? "";

    /// <summary>The QR's content, decided once: the public base URL (SciMuseum:PublicBaseUrl, else this site) + /e/{code}.</summary>
    public static string ShortUrl(IConfiguration config, string site, string code) =>
        (config["SciMuseum:PublicBaseUrl"] ?? site).TrimEnd('/') + "/e/" + code;
}

using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace SciMuseum.Reports.Documents;

/// <summary>Charts as inline pictures at their size (EMU: 36,000 per millimetre), scaled down to the text width if wider.</summary>
internal sealed class DocxCharts(MainDocumentPart main)
{
    private uint _next = 1;

    public W.Paragraph Inline(Chart chart, ReportFormat f)
    {
        var image = main.AddImagePart(ImagePartType.Png);
        using (var png = new MemoryStream(chart.Png)) image.FeedData(png);
        var id = _next++;
        var widthMm = Math.Min(chart.WidthMm, f.PageWidthMm - f.MarginLeftMm - f.MarginRightMm);
        var cx = (long)(widthMm * 36_000);
        var cy = (long)(chart.HeightMm * widthMm / chart.WidthMm * 36_000);
        var name = $"chart{id}.png";
        var picture = new PIC.Picture(
            new PIC.NonVisualPictureProperties(new PIC.NonVisualDrawingProperties { Id = id, Name = name }, new PIC.NonVisualPictureDrawingProperties()),
            new PIC.BlipFill(new A.Blip { Embed = main.GetIdOfPart(image) }, new A.Stretch(new A.FillRectangle())),
            new PIC.ShapeProperties(new A.Transform2D(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = cx, Cy = cy }),
                new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle }));
        var inline = new DW.Inline(
            new DW.Extent { Cx = cx, Cy = cy },
            new DW.DocProperties { Id = id, Name = name, Description = chart.Caption },
            new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(picture) { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        { DistanceFromTop = 0, DistanceFromBottom = 0, DistanceFromLeft = 0, DistanceFromRight = 0 };
        return new W.Paragraph(
            new ParagraphProperties(new KeepNext(), new Justification { Val = JustificationValues.Center }),
            new Run(new Drawing(inline)));
    }
}

using QRCoder;

namespace SciMuseum.Web.Visitors;

/// <summary>Tickets' QR codes drawn on the server as SVG that scales to its box (no script, prints sharp).</summary>
public static class QrSvg
{
    public static string Of(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        return new SvgQRCode(data).GetGraphic(8, "#000000", "#ffffff", drawQuietZones: true, sizingMode: SvgQRCode.SizingMode.ViewBoxAttribute);
    }
}

using SciMuseum.Core.Common;

namespace SciMuseum.Core.Organization;

/// <summary>A museum: the tenant every business row belongs to, and its public profile.</summary>
public sealed class Museum : Entity
{
    /// <summary>Short stable code used in URLs (e.g. <c>nanyang</c>).</summary>
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public string NameEn { get; set; } = "";
    /// <summary>Administrative level (e.g. 正科级事业单位).</summary>
    public string Level { get; set; } = "";
    public string Province { get; set; } = "";
    public string City { get; set; } = "";
    public string Address { get; set; } = "";
    public string Phone { get; set; } = "";
    /// <summary>Opening hours as visitors read them (e.g. 周二至周日 9:00–16:30，周一闭馆).</summary>
    public string OpeningHours { get; set; } = "";
    public string Introduction { get; set; } = "";
    /// <summary>Parent body (e.g. 南阳市科学技术协会).</summary>
    public string Supervisor { get; set; } = "";
}

/// <summary>An exhibition hall (展区) on a floor of the building.</summary>
public sealed class Hall : MuseumEntity
{
    public int Floor { get; set; }
    public string Name { get; set; } = "";
    public string Theme { get; set; } = "";
    public decimal AreaSquareMeters { get; set; }
    public int SortOrder { get; set; }
}

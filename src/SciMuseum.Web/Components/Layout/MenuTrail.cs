namespace SciMuseum.Web.Components.Layout;

/// <summary>Where a staff page sits in the menu: its group and item, the breadcrumb and the open submenu read it.</summary>
public sealed record MenuTrail(MenuGroup Group, MenuItem Item, bool IsItemPage)
{
    private const string Dashboard = "/staff";

    /// <summary>
    /// The item whose address is the page's, else the closest one above it (a budget line's detail page sits under
    /// 预算项目); null for a page the menu does not reach. The dashboard (/staff) is above every page, so it counts
    /// only for itself.
    /// </summary>
    public static MenuTrail? For(IEnumerable<MenuGroup> groups, string path)
    {
        path = "/" + path.Split('?', '#')[0].Trim('/');
        var best = groups
            .SelectMany(g => g.Items.Select(i => (Group: g, Item: i)))
            .Where(x => string.Equals(path, x.Item.Href, StringComparison.OrdinalIgnoreCase)
                || (x.Item.Href != Dashboard && path.StartsWith(x.Item.Href + "/", StringComparison.OrdinalIgnoreCase)))
            .OrderByDescending(x => x.Item.Href.Length)
            .FirstOrDefault();
        return best.Item is null ? null : new MenuTrail(best.Group, best.Item, string.Equals(path, best.Item.Href, StringComparison.OrdinalIgnoreCase));
    }
}

namespace SciMuseum.Web.Components;

/// <summary>One choice of an Ant Design Select: the value stored and the label shown.</summary>
public sealed record Option<T>(T Value, string Label);

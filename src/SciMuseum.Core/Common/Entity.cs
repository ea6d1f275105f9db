namespace SciMuseum.Core.Common;

/// <summary>Base of every stored record: a client-made, time-ordered key (so audit rows can name it before the insert) and stamps.</summary>
public abstract class Entity : IStamped
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}

/// <summary>A row that knows when it was created and last changed; the audit interceptor sets both.</summary>
public interface IStamped
{
    DateTime CreatedAt { get; set; }
    DateTime UpdatedAt { get; set; }
}

/// <summary>A row that belongs to one museum (tenant). The tenant filter and the audit interceptor rely on it.</summary>
public interface IMuseumOwned
{
    Guid MuseumId { get; set; }
}

/// <summary>A row whose history matters: deleting it hides it instead.</summary>
public interface ISoftDeletable
{
    bool IsDeleted { get; set; }
    DateTime? DeletedAt { get; set; }
}

/// <summary>Most museum records: owned by a museum, soft-deleted.</summary>
public abstract class MuseumEntity : Entity, IMuseumOwned, ISoftDeletable
{
    public Guid MuseumId { get; set; }
    public bool IsDeleted { get; set; }
    public DateTime? DeletedAt { get; set; }
}

/// <summary>
/// Rows that record who did what and when in their own columns (tickets, bookings: many, and written by the public);
/// the audit interceptor stamps and guards them but writes no audit entry.
/// </summary>
public interface ISelfAudited;

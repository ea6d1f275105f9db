using Microsoft.EntityFrameworkCore;
using SciMuseum.Core.Organization;

namespace SciMuseum.Core.Persistence;

/// <summary>The organization module's tables.</summary>
public abstract partial class MuseumDb
{
    public DbSet<Museum> Museums => Set<Museum>();
    public DbSet<Department> Departments => Set<Department>();
    public DbSet<Post> Posts => Set<Post>();
    public DbSet<StaffMember> Staff => Set<StaffMember>();
    public DbSet<Hall> Halls => Set<Hall>();
}

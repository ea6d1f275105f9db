using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SciMuseum.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AddGoalPace : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<List<decimal>>(
                name: "MonthlyPlan",
                table: "GoalIndicators",
                type: "numeric[]",
                nullable: false);

            migrationBuilder.AddColumn<string>(
                name: "Pace",
                table: "GoalIndicators",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "MonthlyPlan",
                table: "GoalIndicators");

            migrationBuilder.DropColumn(
                name: "Pace",
                table: "GoalIndicators");
        }
    }
}

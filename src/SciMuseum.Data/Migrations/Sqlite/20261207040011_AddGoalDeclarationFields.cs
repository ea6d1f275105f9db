using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SciMuseum.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddGoalDeclarationFields : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "Amount",
                table: "PerformanceGoals",
                type: "INTEGER",
                precision: 18,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FundNature",
                table: "PerformanceGoals",
                type: "TEXT",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FundingSource",
                table: "PerformanceGoals",
                type: "TEXT",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "ImplementationPlan",
                table: "PerformanceGoals",
                type: "TEXT",
                maxLength: 4000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "ProjectType",
                table: "PerformanceGoals",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Timeline",
                table: "PerformanceGoals",
                type: "TEXT",
                maxLength: 2000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Judgement",
                table: "GoalIndicators",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Qualitative",
                table: "GoalIndicators",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "TextActual",
                table: "GoalIndicators",
                type: "TEXT",
                maxLength: 1000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "TextTarget",
                table: "GoalIndicators",
                type: "TEXT",
                maxLength: 500,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "GoalBases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    GoalId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    MuseumId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IsDeleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    DeletedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GoalBases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GoalBases_PerformanceGoals_GoalId",
                        column: x => x.GoalId,
                        principalTable: "PerformanceGoals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_GoalBases_GoalId_SortOrder",
                table: "GoalBases",
                columns: new[] { "GoalId", "SortOrder" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "GoalBases");

            migrationBuilder.DropColumn(
                name: "Amount",
                table: "PerformanceGoals");

            migrationBuilder.DropColumn(
                name: "FundNature",
                table: "PerformanceGoals");

            migrationBuilder.DropColumn(
                name: "FundingSource",
                table: "PerformanceGoals");

            migrationBuilder.DropColumn(
                name: "ImplementationPlan",
                table: "PerformanceGoals");

            migrationBuilder.DropColumn(
                name: "ProjectType",
                table: "PerformanceGoals");

            migrationBuilder.DropColumn(
                name: "Timeline",
                table: "PerformanceGoals");

            migrationBuilder.DropColumn(
                name: "Judgement",
                table: "GoalIndicators");

            migrationBuilder.DropColumn(
                name: "Qualitative",
                table: "GoalIndicators");

            migrationBuilder.DropColumn(
                name: "TextActual",
                table: "GoalIndicators");

            migrationBuilder.DropColumn(
                name: "TextTarget",
                table: "GoalIndicators");
        }
    }
}

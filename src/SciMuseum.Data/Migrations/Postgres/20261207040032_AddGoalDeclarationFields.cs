using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SciMuseum.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AddGoalDeclarationFields : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<decimal>(
                name: "Amount",
                table: "PerformanceGoals",
                type: "numeric(18,2)",
                precision: 18,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FundNature",
                table: "PerformanceGoals",
                type: "character varying(30)",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FundingSource",
                table: "PerformanceGoals",
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "ImplementationPlan",
                table: "PerformanceGoals",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "ProjectType",
                table: "PerformanceGoals",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Timeline",
                table: "PerformanceGoals",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Judgement",
                table: "GoalIndicators",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Qualitative",
                table: "GoalIndicators",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "TextActual",
                table: "GoalIndicators",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "TextTarget",
                table: "GoalIndicators",
                type: "character varying(500)",
                maxLength: 500,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "GoalBases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    GoalId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    MuseumId = table.Column<Guid>(type: "uuid", nullable: false),
                    IsDeleted = table.Column<bool>(type: "boolean", nullable: false),
                    DeletedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
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

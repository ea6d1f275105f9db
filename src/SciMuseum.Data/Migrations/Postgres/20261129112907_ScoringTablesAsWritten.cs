using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SciMuseum.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ScoringTablesAsWritten : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ExcellentName",
                table: "ScoringTables",
                type: "character varying(10)",
                maxLength: 10,
                nullable: false,
                defaultValue: "优秀");

            migrationBuilder.AddColumn<string>(
                name: "FairName",
                table: "ScoringTables",
                type: "character varying(10)",
                maxLength: 10,
                nullable: false,
                defaultValue: "中");

            migrationBuilder.AddColumn<string>(
                name: "GoodName",
                table: "ScoringTables",
                type: "character varying(10)",
                maxLength: 10,
                nullable: false,
                defaultValue: "良好");

            migrationBuilder.AddColumn<string>(
                name: "PoorName",
                table: "ScoringTables",
                type: "character varying(10)",
                maxLength: 10,
                nullable: false,
                defaultValue: "差");

            migrationBuilder.AlterColumn<string>(
                name: "Band",
                table: "Judgements",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(2)",
                oldMaxLength: 2);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ExcellentName",
                table: "ScoringTables");

            migrationBuilder.DropColumn(
                name: "FairName",
                table: "ScoringTables");

            migrationBuilder.DropColumn(
                name: "GoodName",
                table: "ScoringTables");

            migrationBuilder.DropColumn(
                name: "PoorName",
                table: "ScoringTables");

            migrationBuilder.AlterColumn<string>(
                name: "Band",
                table: "Judgements",
                type: "character varying(2)",
                maxLength: 2,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(20)",
                oldMaxLength: 20);
        }
    }
}

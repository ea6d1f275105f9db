using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SciMuseum.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AddExhibitFilesAndPurchasing : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "AlertMovementId",
                table: "PurchaseRequests",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ApprovedAt",
                table: "PurchaseRequests",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ApprovedBy",
                table: "PurchaseRequests",
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<Guid>(
                name: "ExpenditureId",
                table: "PurchaseRequests",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "OrderedAt",
                table: "PurchaseRequests",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ExhibitFiles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ExhibitId = table.Column<Guid>(type: "uuid", nullable: false),
                    WorkOrderId = table.Column<Guid>(type: "uuid", nullable: true),
                    Kind = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    UploadedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    MuseumId = table.Column<Guid>(type: "uuid", nullable: false),
                    IsDeleted = table.Column<bool>(type: "boolean", nullable: false),
                    DeletedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExhibitFiles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExhibitFiles_Exhibits_ExhibitId",
                        column: x => x.ExhibitId,
                        principalTable: "Exhibits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ExhibitFiles_Museums_MuseumId",
                        column: x => x.MuseumId,
                        principalTable: "Museums",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ExhibitFiles_WorkOrders_WorkOrderId",
                        column: x => x.WorkOrderId,
                        principalTable: "WorkOrders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PurchaseRequests_AlertMovementId",
                table: "PurchaseRequests",
                column: "AlertMovementId");

            migrationBuilder.CreateIndex(
                name: "IX_PurchaseRequests_ExpenditureId",
                table: "PurchaseRequests",
                column: "ExpenditureId");

            migrationBuilder.CreateIndex(
                name: "IX_ExhibitFiles_ExhibitId_Kind",
                table: "ExhibitFiles",
                columns: new[] { "ExhibitId", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_ExhibitFiles_MuseumId",
                table: "ExhibitFiles",
                column: "MuseumId");

            migrationBuilder.CreateIndex(
                name: "IX_ExhibitFiles_WorkOrderId",
                table: "ExhibitFiles",
                column: "WorkOrderId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ExhibitFiles");

            migrationBuilder.DropIndex(
                name: "IX_PurchaseRequests_AlertMovementId",
                table: "PurchaseRequests");

            migrationBuilder.DropIndex(
                name: "IX_PurchaseRequests_ExpenditureId",
                table: "PurchaseRequests");

            migrationBuilder.DropColumn(
                name: "AlertMovementId",
                table: "PurchaseRequests");

            migrationBuilder.DropColumn(
                name: "ApprovedAt",
                table: "PurchaseRequests");

            migrationBuilder.DropColumn(
                name: "ApprovedBy",
                table: "PurchaseRequests");

            migrationBuilder.DropColumn(
                name: "ExpenditureId",
                table: "PurchaseRequests");

            migrationBuilder.DropColumn(
                name: "OrderedAt",
                table: "PurchaseRequests");
        }
    }
}

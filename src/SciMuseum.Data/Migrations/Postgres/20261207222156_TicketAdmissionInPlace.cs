using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SciMuseum.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class TicketAdmissionInPlace : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Ticket_MuseumId_Date_IdHash",
                table: "Ticket");

            migrationBuilder.DropIndex(
                name: "IX_Ticket_MuseumId_Date_Status_Channel_TimeSlotId",
                table: "Ticket");

            migrationBuilder.AlterTable(
                name: "Ticket")
                .Annotation("Npgsql:StorageParameter:fillfactor", 80);

            migrationBuilder.AddColumn<DateTime>(
                name: "CancelledAt",
                table: "Ticket",
                type: "timestamp with time zone",
                nullable: true);

            // Tickets cancelled before the column existed: cancelled when last changed.
            migrationBuilder.Sql("UPDATE \"Ticket\" SET \"CancelledAt\" = \"UpdatedAt\" WHERE \"Status\" = 'Cancelled';");

            migrationBuilder.CreateIndex(
                name: "IX_Ticket_MuseumId_Date_Id",
                table: "Ticket",
                columns: new[] { "MuseumId", "Date", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Ticket_MuseumId_Date_IdHash",
                table: "Ticket",
                columns: new[] { "MuseumId", "Date", "IdHash" },
                unique: true,
                filter: "\"CancelledAt\" IS NULL AND \"IdHash\" <> ''");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Ticket_CancelledAt",
                table: "Ticket",
                sql: "(\"Status\" = 'Cancelled') = (\"CancelledAt\" IS NOT NULL)");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Ticket_MuseumId_Date_Id",
                table: "Ticket");

            migrationBuilder.DropIndex(
                name: "IX_Ticket_MuseumId_Date_IdHash",
                table: "Ticket");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Ticket_CancelledAt",
                table: "Ticket");

            migrationBuilder.DropColumn(
                name: "CancelledAt",
                table: "Ticket");

            migrationBuilder.AlterTable(
                name: "Ticket")
                .OldAnnotation("Npgsql:StorageParameter:fillfactor", 80);

            migrationBuilder.CreateIndex(
                name: "IX_Ticket_MuseumId_Date_IdHash",
                table: "Ticket",
                columns: new[] { "MuseumId", "Date", "IdHash" },
                unique: true,
                filter: "\"Status\" <> 'Cancelled' AND \"IdHash\" <> ''");

            migrationBuilder.CreateIndex(
                name: "IX_Ticket_MuseumId_Date_Status_Channel_TimeSlotId",
                table: "Ticket",
                columns: new[] { "MuseumId", "Date", "Status", "Channel", "TimeSlotId" });
        }
    }
}

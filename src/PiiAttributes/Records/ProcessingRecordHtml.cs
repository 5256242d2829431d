using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace Pii.Records
{
    /// <summary>
    /// Writes a <see cref="ProcessingRecord"/> as one readable HTML page for the privacy officer: the controller, what
    /// is missing, each purpose in words, a diagram of data subjects, entities and purposes, the recipients, transfers,
    /// retention and security measures, and the data map. The page is self-contained (inline CSS, no scripts, no
    /// external resources) and deterministic: the same record gives the same text.
    /// </summary>
    public static class ProcessingRecordHtml
    {
        private const string NotDeclared = "<span class=\"missing\">not declared</span>";
        private const string None = "<span class=\"none\">none</span>";

        /// <summary>Renders the record's page as a string.</summary>
        /// <param name="record">The record of processing.</param>
        /// <returns>The HTML5 document, with <c>\n</c> line ends.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="record"/> is <see langword="null"/>.</exception>
        public static string Render(ProcessingRecord record)
        {
            if (record is null) throw new ArgumentNullException(nameof(record));

            using var writer = new StringWriter(CultureInfo.InvariantCulture);
            Write(record, writer);
            return writer.ToString();
        }

        /// <summary>Writes the record's page to a writer.</summary>
        /// <param name="record">The record of processing.</param>
        /// <param name="writer">Where to write the HTML5 document; it is not closed.</param>
        /// <exception cref="ArgumentNullException"><paramref name="record"/> or <paramref name="writer"/> is <see langword="null"/>.</exception>
        public static void Write(ProcessingRecord record, TextWriter writer)
        {
            if (record is null) throw new ArgumentNullException(nameof(record));
            if (writer is null) throw new ArgumentNullException(nameof(writer));

            Line(writer, "<!DOCTYPE html>");
            Line(writer, "<html lang=\"en\">");
            Line(writer, "<head>");
            Line(writer, "<meta charset=\"utf-8\">");
            Line(writer, "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
            Line(writer, "<title>Record of processing activities \u2014 " + Escape(record.Assembly) + "</title>");
            Line(writer, "<style>");
            writer.Write(Css.Replace("\r\n", "\n"));
            Line(writer, "</style>");
            Line(writer, "</head>");
            Line(writer, "<body>");

            WriteHeader(record, writer);
            WriteContents(writer);

            Line(writer, "<main>");
            WritePurposes(record, writer);
            WriteDiagram(record, writer);
            WriteRecipients(record, writer);
            WriteTransfers(record, writer);
            WriteRetention(record, writer);
            WriteSecurity(record, writer);
            WriteDataMap(record, writer);
            Line(writer, "</main>");

            Line(writer, "<footer>");
            Line(writer, "<p>Computed by Pii from the tags and declarations in the code of <strong>" + Escape(record.Assembly)
                + "</strong> (record format version " + Number(record.SchemaVersion) + "); the same content is in "
                + "<code>processing-record.json</code>. What is not declared is added in the code by the developers.</p>");
            Line(writer, "</footer>");
            Line(writer, "</body>");
            Line(writer, "</html>");
        }

        // ---------------------------------------------------------------- header and missing parts

        private static void WriteHeader(ProcessingRecord record, TextWriter w)
        {
            Line(w, "<header>");
            Line(w, "<h1>Record of processing activities</h1>");
            Line(w, "<p class=\"lead\">Article 30(1) GDPR, for <strong>" + Escape(record.Assembly) + "</strong>: "
                + Count(record.Purposes.Count, "purpose", "purposes") + ", "
                + Count(record.Subjects.Count, "kind of data subject", "kinds of data subjects") + ", "
                + Count(record.Fields.Count, "field of personal data", "fields of personal data") + ", "
                + Count(record.Recipients.Count, "recipient", "recipients") + ", "
                + Count(record.Transfers.Count, "transfer to a third country", "transfers to third countries") + ".</p>");

            Line(w, "<div class=\"parties\">");
            Line(w, "<div class=\"party\">");
            Line(w, "<h2>Controller <span class=\"article\">Art. 30(1)(a)</span></h2>");
            ControllerEntry? controller = record.Controller;
            Line(w, "<dl>");
            if (controller is null)
            {
                Line(w, "<dt>Name</dt><dd>" + NotDeclared + "</dd>");
            }
            else
            {
                Line(w, "<dt>Name</dt><dd>" + Escape(controller.Name) + "</dd>");
                Line(w, "<dt>Contact</dt><dd>" + OrNotDeclared(controller.Contact) + "</dd>");
                Line(w, "<dt>Address</dt><dd>" + OrNotDeclared(controller.Address) + "</dd>");
                Line(w, "<dt>Representative in the Union</dt><dd>"
                    + (controller.Representative is null ? "<span class=\"none\">none (only needed outside the Union, Art. 27)</span>" : Escape(controller.Representative))
                    + "</dd>");
            }

            Line(w, "</dl>");
            Line(w, "</div>");

            Line(w, "<div class=\"party\">");
            Line(w, "<h2>Data protection officer</h2>");
            ContactEntry? officer = record.DataProtectionOfficer;
            Line(w, "<dl>");
            if (officer is null)
            {
                Line(w, "<dt>Name</dt><dd><span class=\"none\">none declared (required where Art. 37 applies)</span></dd>");
            }
            else
            {
                Line(w, "<dt>Name</dt><dd>" + Escape(officer.Name) + "</dd>");
                Line(w, "<dt>Contact</dt><dd>" + OrNotDeclared(officer.Contact) + "</dd>");
            }

            Line(w, "</dl>");
            Line(w, "</div>");
            Line(w, "</div>");
            WriteMissingParts(record, w);
            Line(w, "</header>");
        }

        private static void WriteMissingParts(ProcessingRecord record, TextWriter w)
        {
            List<string> missing = MissingParts(record);
            if (missing.Count == 0)
            {
                Line(w, "<p class=\"complete\" id=\"complete\">Every part of the record that the code declares is present.</p>");
                return;
            }

            Line(w, "<aside class=\"warning\" id=\"missing-parts\" role=\"alert\">");
            Line(w, "<h2>Missing from this record (" + Number(missing.Count) + ")</h2>");
            Line(w, "<p>Art. 30(1) GDPR requires these parts. Until they are declared, this record is incomplete.</p>");
            Line(w, "<ul>");
            foreach (string item in missing)
            {
                Line(w, "<li>" + item + "</li>");
            }

            Line(w, "</ul>");
            Line(w, "</aside>");
        }

        /// <summary>The gaps, each as HTML (the record's texts escaped), in the order of the page.</summary>
        private static List<string> MissingParts(ProcessingRecord record)
        {
            var missing = new List<string>();
            if (record.Controller is null)
            {
                missing.Add("<strong>The controller is not declared</strong>: its name and contact details (Art. 30(1)(a)).");
            }
            else if (IsBlank(record.Controller.Contact))
            {
                missing.Add("<strong>The controller has no contact details</strong> (Art. 30(1)(a)).");
            }

            foreach (PurposeEntry purpose in record.Purposes)
            {
                if (IsBlank(purpose.Description))
                {
                    missing.Add("<strong>The purpose " + Quote(purpose.Name) + " has no description</strong> (Art. 30(1)(b)).");
                }

                if (purpose.LegalBasis == LegalBasis.Unspecified)
                {
                    missing.Add("<strong>The purpose " + Quote(purpose.Name) + " has no legal basis</strong> (Art. 6(1)).");
                }
            }

            foreach (RecipientEntry recipient in record.Recipients)
            {
                if (recipient.Role == RecipientRole.Unspecified)
                {
                    missing.Add("<strong>The role of the recipient " + Quote(recipient.Name) + " is not declared</strong> (Art. 30(1)(d)).");
                }
            }

            foreach (TransferEntry transfer in record.Transfers)
            {
                if (transfer.Safeguard == TransferSafeguard.Unspecified)
                {
                    missing.Add("<strong>The safeguard of the transfer to " + Quote(transfer.Recipient) + " in " + Escape(transfer.Country)
                        + " is not declared</strong> (Art. 30(1)(e), Chapter V).");
                }
            }

            if (record.SecurityMeasures.Count == 0)
            {
                missing.Add("<strong>No security measures are declared</strong>: a general description of the technical and organisational measures (Art. 30(1)(g)).");
            }

            foreach (EntityEntry entity in record.Entities)
            {
                if (entity.Subject is null)
                {
                    missing.Add("<strong>" + Quote(entity.Type) + " holds personal data but is not linked to a data subject</strong>, so requests of access and erasure cannot reach it.");
                }
            }

            return missing;
        }

        private static void WriteContents(TextWriter w)
        {
            Line(w, "<nav aria-label=\"Contents\">");
            Line(w, "<ol>");
            Line(w, "<li><a href=\"#purposes\">Purposes</a></li>");
            Line(w, "<li><a href=\"#diagram\">Diagram</a></li>");
            Line(w, "<li><a href=\"#recipients\">Recipients</a></li>");
            Line(w, "<li><a href=\"#transfers\">Transfers</a></li>");
            Line(w, "<li><a href=\"#retention\">Retention</a></li>");
            Line(w, "<li><a href=\"#security\">Security measures</a></li>");
            Line(w, "<li><a href=\"#data-map\">Data map</a></li>");
            Line(w, "</ol>");
            Line(w, "</nav>");
        }

        // ---------------------------------------------------------------- purposes

        private static void WritePurposes(ProcessingRecord record, TextWriter w)
        {
            Line(w, "<section id=\"purposes\">");
            Line(w, "<h2>Purposes of processing <span class=\"article\">Art. 30(1)(b)\u2013(d)</span></h2>");
            if (record.Purposes.Count == 0)
            {
                Line(w, "<p class=\"empty\">No purposes are declared.</p>");
                Line(w, "</section>");
                return;
            }

            Line(w, "<div class=\"cards\">");
            foreach (PurposeEntry purpose in record.Purposes)
            {
                Line(w, "<article class=\"card\">");
                Line(w, "<h3>" + Escape(purpose.Name) + "</h3>");
                Line(w, IsBlank(purpose.Description)
                    ? "<p class=\"description\"><span class=\"missing\">No description is declared.</span></p>"
                    : "<p class=\"description\">" + Escape(purpose.Description!) + "</p>");
                Line(w, "<dl>");
                Line(w, "<dt>Legal basis</dt><dd>" + Basis(purpose.LegalBasis, purpose.Article) + "</dd>");
                if (purpose.SpecialCategoryConditions.Count > 0)
                {
                    Line(w, "<dt>Art. 9(2) conditions</dt><dd>"
                        + string.Join("; ", purpose.SpecialCategoryConditions.Select(ConditionLabel)) + "</dd>");
                }

                Line(w, "<dt>Retention</dt><dd>"
                    + (purpose.Retention is null ? "<span class=\"none\">differs per category: see the retention table</span>" : Duration(purpose.Retention))
                    + (purpose.Retention is not null && KeptLonger(record, purpose.Name, purpose.Retention)
                        ? " <span class=\"none\">as declared; some members are kept longer: see the retention table</span>"
                        : string.Empty)
                    + "</dd>");
                Line(w, "<dt>Retention starts</dt><dd>" + OrNotStated(purpose.RetentionTrigger) + "</dd>");
                Line(w, "<dt>Data subjects</dt><dd>" + List(purpose.Subjects.Select(Escape)) + "</dd>");
                Line(w, "<dt>Personal data</dt><dd>" + List(purpose.Categories.Select(c => Escape(RecordWords.Category(c)))) + "</dd>");
                Line(w, "<dt>Special categories</dt><dd>"
                    + (purpose.SpecialCategories.Count == 0 ? None : "<span class=\"special\">" + List(purpose.SpecialCategories.Select(c => Escape(RecordWords.Special(c)))) + "</span>")
                    + "</dd>");
                Line(w, "<dt>Recipients</dt><dd>" + List(purpose.Recipients.Select(Escape)) + "</dd>");
                Line(w, "<dt>Fields</dt><dd>" + (purpose.Fields.Count == 0 ? None : Count(purpose.Fields.Count, "field", "fields")) + "</dd>");
                Line(w, "</dl>");
                Line(w, "</article>");
            }

            Line(w, "</div>");
            Line(w, "</section>");
        }

        // ---------------------------------------------------------------- diagram

        private const int ViewWidth = 1100;
        private const int BoxWidth = 270;
        private const int BoxHeight = 50;
        private const int RowGap = 18;
        private const int Top = 46;
        private const int Bottom = 16;
        private static readonly int[] ColumnX = { 10, 415, 820 };

        private sealed class Node
        {
            public Node(string key, string label, string detail, string title, string kind)
            {
                Key = key;
                Label = label;
                Detail = detail;
                Title = title;
                Kind = kind;
            }

            public string Key { get; }

            public string Label { get; }

            public string Detail { get; }

            public string Title { get; }

            public string Kind { get; }

            public int X { get; set; }

            public int Y { get; set; }
        }

        private static void WriteDiagram(ProcessingRecord record, TextWriter w)
        {
            Line(w, "<section id=\"diagram\">");
            Line(w, "<h2>Who, where and why</h2>");

            // The orphans' node: a key no subject's kind can be (a kind is the user's text, and "(no subject)" was one, which
            // gave two nodes one key and failed the build in the record tool), shown as "(no subject)".
            const string NoSubject = "\u0000no subject";

            // Entities: the record's, then any type that only the subjects or the fields name.
            var entityTypes = new List<string>();
            var seenTypes = new HashSet<string>(StringComparer.Ordinal);
            var entityByType = new Dictionary<string, EntityEntry>(StringComparer.Ordinal);
            foreach (EntityEntry entity in record.Entities)
            {
                entityByType[entity.Type] = entity;
                if (seenTypes.Add(entity.Type)) entityTypes.Add(entity.Type);
            }

            foreach (string type in record.Subjects.SelectMany(s => s.Entities).Concat(record.Fields.Select(f => f.Type)).OrderBy(t => t, StringComparer.Ordinal))
            {
                if (seenTypes.Add(type)) entityTypes.Add(type);
            }

            // Subject -> entity edges: from the subjects' lists and from the entities' own subject.
            var subjectEdges = new List<KeyValuePair<string, string>>();
            var seenSubjectEdges = new HashSet<string>(StringComparer.Ordinal);
            void AddSubjectEdge(string kind, string type)
            {
                if (seenSubjectEdges.Add(kind + "\n" + type)) subjectEdges.Add(new KeyValuePair<string, string>(kind, type));
            }

            foreach (SubjectEntry subject in record.Subjects)
            {
                foreach (string type in subject.Entities) AddSubjectEdge(subject.Kind, type);
            }

            foreach (string type in entityTypes)
            {
                if (entityByType.TryGetValue(type, out EntityEntry? entity) && entity.Subject is not null) AddSubjectEdge(entity.Subject, type);
            }

            var attached = new HashSet<string>(subjectEdges.Select(e => e.Value), StringComparer.Ordinal);
            foreach (string type in entityTypes)
            {
                if (!attached.Contains(type)) AddSubjectEdge(NoSubject, type);
            }

            // Subject nodes: the record's kinds, then kinds only entities name, then the orphan node.
            var subjectKinds = record.Subjects.Select(s => s.Kind).ToList();
            foreach (string kind in subjectEdges.Select(e => e.Key).Where(k => k != NoSubject).Distinct(StringComparer.Ordinal).OrderBy(k => k, StringComparer.Ordinal))
            {
                if (!subjectKinds.Contains(kind, StringComparer.Ordinal)) subjectKinds.Add(kind);
            }

            if (subjectEdges.Any(e => e.Key == NoSubject)) subjectKinds.Add(NoSubject);

            // Entity -> purpose edges, from the fields.
            var purposeEdges = new List<KeyValuePair<string, string>>();
            var seenPurposeEdges = new HashSet<string>(StringComparer.Ordinal);
            foreach (FieldEntry field in record.Fields)
            {
                foreach (FieldPurpose purpose in field.Purposes)
                {
                    if (seenPurposeEdges.Add(field.Type + "\n" + purpose.Name)) purposeEdges.Add(new KeyValuePair<string, string>(field.Type, purpose.Name));
                }
            }

            var purposeNames = record.Purposes.Select(p => p.Name).ToList();
            foreach (string name in purposeEdges.Select(e => e.Value).Distinct(StringComparer.Ordinal).OrderBy(n => n, StringComparer.Ordinal))
            {
                if (!purposeNames.Contains(name, StringComparer.Ordinal)) purposeNames.Add(name);
            }

            if (subjectKinds.Count == 0 && entityTypes.Count == 0 && purposeNames.Count == 0)
            {
                Line(w, "<p class=\"empty\">There is no personal data to draw: no data subjects, entities or purposes are declared.</p>");
                Line(w, "</section>");
                return;
            }

            Line(w, "<p>Each line joins a kind of data subject to the types that hold its data, and each type to the purposes its fields serve. "
                + "Hover over a box for details.</p>");

            // Order entities by their first subject, so that lines cross less.
            var subjectOrder = new Dictionary<string, int>(StringComparer.Ordinal);
            for (int i = 0; i < subjectKinds.Count; i++) subjectOrder[subjectKinds[i]] = i;
            var orderedTypes = entityTypes
                .OrderBy(t => subjectEdges.Where(e => e.Value == t).Select(e => subjectOrder[e.Key]).DefaultIfEmpty(int.MaxValue).Min())
                .ThenBy(t => t, StringComparer.Ordinal)
                .ToList();

            var subjectByKind = new Dictionary<string, SubjectEntry>(StringComparer.Ordinal);
            foreach (SubjectEntry subject in record.Subjects) subjectByKind[subject.Kind] = subject;
            var purposeByName = new Dictionary<string, PurposeEntry>(StringComparer.Ordinal);
            foreach (PurposeEntry purpose in record.Purposes) purposeByName[purpose.Name] = purpose;

            List<Node> subjectNodes = subjectKinds.Select(kind =>
            {
                if (kind == NoSubject)
                {
                    return new Node(kind, "(no subject)", "not linked to a subject", "Types not linked to any data subject", "subject orphan");
                }

                subjectByKind.TryGetValue(kind, out SubjectEntry? subject);
                string detail = subject?.Description ?? "data subject";
                string title = "Data subject: " + kind + (subject?.Description is null ? string.Empty : " \u2014 " + subject.Description)
                    + (subject is null ? string.Empty : " (identified by " + subject.Root + ")");
                return new Node(kind, kind, detail, title, "subject");
            }).ToList();

            List<Node> entityNodes = orderedTypes.Select(type =>
            {
                entityByType.TryGetValue(type, out EntityEntry? entity);
                string name = entity?.Name ?? ShortName(type);
                var fields = record.Fields.Where(f => f.Type == type).Select(f => f.Name).ToList();
                string detail = type + " \u00b7 " + Count(fields.Count, "field", "fields");
                string title = "Entity: " + type + " \u2014 " + (fields.Count == 0 ? "no tagged fields" : "fields: " + string.Join(", ", fields));
                return new Node(type, name, detail, title, "entity");
            }).ToList();

            List<Node> purposeNodes = purposeNames.Select(name =>
            {
                purposeByName.TryGetValue(name, out PurposeEntry? purpose);
                string detail = purpose is null ? "not declared as a purpose" : RecordWords.Basis(purpose.LegalBasis);
                string title = "Purpose: " + name + (purpose?.Description is null ? string.Empty : " \u2014 " + purpose.Description)
                    + (purpose is null ? string.Empty : " (" + RecordWords.Basis(purpose.LegalBasis) + ", " + purpose.Article + ")");
                return new Node(name, name, detail, title, "purpose");
            }).ToList();

            int rows = Math.Max(1, Math.Max(subjectNodes.Count, Math.Max(entityNodes.Count, purposeNodes.Count)));
            int columnHeight = (rows * (BoxHeight + RowGap)) - RowGap;
            int height = Top + columnHeight + Bottom;
            Place(subjectNodes, ColumnX[0], columnHeight);
            Place(entityNodes, ColumnX[1], columnHeight);
            Place(purposeNodes, ColumnX[2], columnHeight);

            var subjectNodeByKey = subjectNodes.ToDictionary(n => n.Key, StringComparer.Ordinal);
            var entityNodeByKey = entityNodes.ToDictionary(n => n.Key, StringComparer.Ordinal);
            var purposeNodeByKey = purposeNodes.ToDictionary(n => n.Key, StringComparer.Ordinal);

            Line(w, "<div class=\"diagram\">");
            Line(w, "<svg width=\"100%\" viewBox=\"0 0 " + Number(ViewWidth) + " " + Number(height)
                + "\" role=\"img\" aria-labelledby=\"diagram-title\">");
            Line(w, "<title id=\"diagram-title\">Data subjects, the entities that hold their data, and the purposes the data serves</title>");
            Line(w, "<text class=\"heading\" x=\"" + Number(ColumnX[0]) + "\" y=\"22\">Data subjects</text>");
            Line(w, "<text class=\"heading\" x=\"" + Number(ColumnX[1]) + "\" y=\"22\">Entities holding their data</text>");
            Line(w, "<text class=\"heading\" x=\"" + Number(ColumnX[2]) + "\" y=\"22\">Purposes</text>");

            for (int column = 0; column < 3; column++)
            {
                int nodes = column == 0 ? subjectNodes.Count : column == 1 ? entityNodes.Count : purposeNodes.Count;
                if (nodes == 0)
                {
                    Line(w, "<text class=\"nothing\" x=\"" + Number(ColumnX[column]) + "\" y=\"" + Number(Top + (columnHeight / 2) + 4) + "\">none declared</text>");
                }
            }

            Line(w, "<g class=\"edges\">");
            foreach (KeyValuePair<string, string> edge in subjectEdges)
            {
                Edge(w, subjectNodeByKey[edge.Key], entityNodeByKey[edge.Value], "edge to-entity");
            }

            foreach (KeyValuePair<string, string> edge in purposeEdges)
            {
                Edge(w, entityNodeByKey[edge.Key], purposeNodeByKey[edge.Value], "edge to-purpose");
            }

            Line(w, "</g>");

            foreach (Node node in subjectNodes.Concat(entityNodes).Concat(purposeNodes))
            {
                Line(w, "<g class=\"node " + node.Kind + "\">");
                Line(w, "<title>" + Escape(node.Title) + "</title>");
                Line(w, "<rect x=\"" + Number(node.X) + "\" y=\"" + Number(node.Y) + "\" width=\"" + Number(BoxWidth) + "\" height=\""
                    + Number(BoxHeight) + "\" rx=\"8\"/>");
                Line(w, "<text class=\"label\" x=\"" + Number(node.X + 12) + "\" y=\"" + Number(node.Y + 21) + "\">" + Escape(Fit(node.Label, BoxWidth - 24, 15, bold: true)) + "</text>");
                Line(w, "<text class=\"detail\" x=\"" + Number(node.X + 12) + "\" y=\"" + Number(node.Y + 39) + "\">" + Escape(Fit(node.Detail, BoxWidth - 24, 12, bold: false)) + "</text>");
                Line(w, "</g>");
            }

            Line(w, "</svg>");
            Line(w, "</div>");
            Line(w, "</section>");
        }

        private static void Place(List<Node> nodes, int x, int columnHeight)
        {
            int height = (nodes.Count * (BoxHeight + RowGap)) - RowGap;
            int y = Top + ((columnHeight - height) / 2);
            foreach (Node node in nodes)
            {
                node.X = x;
                node.Y = y;
                y += BoxHeight + RowGap;
            }
        }

        private static void Edge(TextWriter w, Node from, Node to, string kind)
        {
            int x1 = from.X + BoxWidth;
            int y1 = from.Y + (BoxHeight / 2);
            int x2 = to.X;
            int y2 = to.Y + (BoxHeight / 2);
            int middle = (x1 + x2) / 2;
            Line(w, "<path class=\"" + kind + "\" d=\"M" + Number(x1) + " " + Number(y1) + " C" + Number(middle) + " " + Number(y1) + " "
                + Number(middle) + " " + Number(y2) + " " + Number(x2) + " " + Number(y2) + "\"><title>" + Escape(from.Key) + " \u2192 "
                + Escape(to.Key) + "</title></path>");
        }

        // ---------------------------------------------------------------- recipients, transfers, retention, security

        private static void WriteRecipients(ProcessingRecord record, TextWriter w)
        {
            Line(w, "<section id=\"recipients\">");
            Line(w, "<h2>Recipients <span class=\"article\">Art. 30(1)(d)</span></h2>");
            if (record.Recipients.Count == 0)
            {
                Line(w, "<p class=\"empty\">No recipients are declared.</p>");
                Line(w, "</section>");
                return;
            }

            Line(w, "<table>");
            Header(w, ("Recipient", 22), ("Role", 24), ("Country", 9), ("Purposes", 20), ("What it does", 25));
            Line(w, "<tbody>");
            foreach (RecipientEntry recipient in record.Recipients)
            {
                Row(w,
                    Escape(recipient.Name),
                    RoleLabel(recipient.Role),
                    OrNotDeclared(recipient.Country),
                    recipient.Purposes.Count == 0 ? "all purposes" : List(recipient.Purposes.Select(Escape)),
                    OrNotStated(recipient.Description));
            }

            Line(w, "</tbody>");
            Line(w, "</table>");
            Line(w, "</section>");
        }

        private static void WriteTransfers(ProcessingRecord record, TextWriter w)
        {
            Line(w, "<section id=\"transfers\">");
            Line(w, "<h2>Transfers to third countries <span class=\"article\">Art. 30(1)(e)</span></h2>");
            if (record.Transfers.Count == 0)
            {
                Line(w, "<p class=\"empty\">No transfers to third countries are declared.</p>");
                Line(w, "</section>");
                return;
            }

            Line(w, "<table>");
            Header(w, ("Recipient", 24), ("Country", 10), ("Safeguard", 36), ("Documented in", 30));
            Line(w, "<tbody>");
            foreach (TransferEntry transfer in record.Transfers)
            {
                Row(w,
                    Escape(transfer.Recipient),
                    Escape(transfer.Country),
                    SafeguardLabel(transfer.Safeguard, transfer.Article),
                    OrNotStated(transfer.Details));
            }

            Line(w, "</tbody>");
            Line(w, "</table>");
            Line(w, "</section>");
        }

        private static void WriteRetention(ProcessingRecord record, TextWriter w)
        {
            Line(w, "<section id=\"retention\">");
            Line(w, "<h2>Retention <span class=\"article\">Art. 30(1)(f)</span></h2>");
            if (record.Retention.Count == 0)
            {
                Line(w, "<p class=\"empty\">No retention periods are declared.</p>");
                Line(w, "</section>");
                return;
            }

            Line(w, "<p>How long each category of personal data is kept for each purpose: the longest period among its fields.</p>");
            Line(w, "<table>");
            Header(w, ("Purpose", 22), ("Personal data", 28), ("Kept for", 20), ("Counted from", 30));
            Line(w, "<tbody>");
            foreach (RetentionEntry entry in record.Retention)
            {
                Row(w,
                    Escape(entry.Purpose),
                    Escape(RecordWords.Category(entry.Category)),
                    entry.Retention is null ? NotDeclared : Duration(entry.Retention),
                    OrNotStated(entry.Trigger));
            }

            Line(w, "</tbody>");
            Line(w, "</table>");
            Line(w, "</section>");
        }

        private static void WriteSecurity(ProcessingRecord record, TextWriter w)
        {
            Line(w, "<section id=\"security\">");
            Line(w, "<h2>Technical and organisational security measures <span class=\"article\">Art. 30(1)(g)</span></h2>");
            if (record.SecurityMeasures.Count == 0)
            {
                Line(w, "<p class=\"empty\"><span class=\"missing\">No security measures are declared.</span></p>");
                Line(w, "</section>");
                return;
            }

            Line(w, "<ul class=\"measures\">");
            foreach (string measure in record.SecurityMeasures)
            {
                Line(w, "<li>" + Escape(measure) + "</li>");
            }

            Line(w, "</ul>");
            Line(w, "</section>");
        }

        // ---------------------------------------------------------------- data map

        private static void WriteDataMap(ProcessingRecord record, TextWriter w)
        {
            Line(w, "<section id=\"data-map\">");
            Line(w, "<h2>Data map</h2>");
            if (record.Fields.Count == 0)
            {
                Line(w, "<p class=\"empty\">No fields of personal data are tagged.</p>");
                Line(w, "</section>");
                return;
            }

            Line(w, "<p>Every field of personal data in the code, with what it is used for and how requests of erasure and redacted logs treat it.</p>");
            Line(w, "<table class=\"data-map\">");
            Header(w, ("Field", 18), ("Data subject", 9), ("Personal data", 12), ("Purposes", 25), ("On erasure", 12), ("In logs", 11), ("Declared in", 13));
            Line(w, "<tbody>");
            foreach (FieldEntry field in record.Fields)
            {
                string category = Escape(RecordWords.Category(field.Category));
                if (field.SpecialCategory is SpecialCategory special)
                {
                    category += "<br><span class=\"special\">special category: " + Escape(RecordWords.Special(special)) + "</span>";
                }

                var purposes = new StringBuilder();
                if (field.Purposes.Count == 0)
                {
                    purposes.Append(NotDeclared);
                }
                else
                {
                    purposes.Append("<ul class=\"plain\">");
                    foreach (FieldPurpose purpose in field.Purposes)
                    {
                        purposes.Append("<li><strong>").Append(Escape(purpose.Name)).Append("</strong>: ")
                            .Append(Escape(RecordWords.Basis(purpose.LegalBasis))).Append("; ")
                            .Append(purpose.Retention is null ? "retention " + NotDeclared : "kept " + Duration(purpose.Retention));
                        if (!IsBlank(purpose.RetentionTrigger))
                        {
                            purposes.Append(' ').Append(Escape(purpose.RetentionTrigger!));
                        }

                        purposes.Append("</li>");
                    }

                    purposes.Append("</ul>");
                }

                string source = field.Source is null
                    ? "<span class=\"none\">not recorded</span>"
                    : "<code>" + Escape(field.Source.File).Replace("/", "/<wbr>") + "<wbr><span class=\"nowrap\">:" + Number(field.Source.Line) + "</span></code>";

                Row(w,
                    "<code>" + Breakable(field.Member) + "</code>",
                    field.Subject is null ? "<span class=\"missing\">not linked</span>" : Escape(field.Subject),
                    category,
                    purposes.ToString(),
                    Escape(RecordWords.Erasure(field.Erasure)),
                    Escape(RecordWords.Redaction(field.Redaction)),
                    source);
            }

            Line(w, "</tbody>");
            Line(w, "</table>");
            Line(w, "</section>");
        }

        // ---------------------------------------------------------------- words (RecordWords), as HTML

        private static string Basis(LegalBasis basis, string article) =>
            basis == LegalBasis.Unspecified
                ? NotDeclared
                : Escape(RecordWords.Basis(basis)) + (IsBlank(article) ? string.Empty : " \u2014 " + Escape(article));

        private static string ConditionLabel(SpecialCategoryCondition condition)
        {
            string article = RecordWords.ConditionArticle(condition);
            return Escape(RecordWords.Condition(condition)) + (article.Length == 0 ? string.Empty : " \u2014 " + article);
        }

        private static string RoleLabel(RecipientRole role) =>
            role == RecipientRole.Unspecified ? NotDeclared : Escape(RecordWords.Role(role, detailed: true));

        private static string SafeguardLabel(TransferSafeguard safeguard, string article) =>
            safeguard == TransferSafeguard.Unspecified
                ? NotDeclared
                : Escape(RecordWords.Safeguard(safeguard)) + (IsBlank(article) ? string.Empty : " \u2014 " + Escape(article));

        /// <summary>
        /// Whether a row of the retention table keeps the purpose's data longer than the purpose states (a member's long
        /// form), or without limit. Text that is no ISO 8601 duration is not compared.
        /// </summary>
        private static bool KeptLonger(ProcessingRecord record, string purpose, string retention)
        {
            if (!IsoDuration.TryParse(retention, out IsoDuration stated))
            {
                return false;
            }

            foreach (RetentionEntry row in record.Retention)
            {
                if (string.Equals(row.Purpose, purpose, StringComparison.Ordinal)
                    && (row.Retention is null || (IsoDuration.TryParse(row.Retention, out IsoDuration kept) && kept.ApproximateDays > stated.ApproximateDays)))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>An ISO 8601 duration in words, with the duration itself after it: "2 years (P2Y)".</summary>
        private static string Duration(string iso)
        {
            string? words = RecordWords.Duration(iso);
            return words is null
                ? "<span class=\"duration\">" + Escape(iso) + "</span>"
                : "<span class=\"duration\" title=\"ISO 8601: " + Escape(iso) + "\">" + Escape(words) + "</span> <span class=\"iso\">(" + Escape(iso) + ")</span>";
        }

        // ---------------------------------------------------------------- HTML helpers

        /// <summary>The column widths (percentages, for the fixed table layout) and the header row.</summary>
        private static void Header(TextWriter w, params (string Name, int Percent)[] columns)
        {
            Line(w, "<colgroup>" + string.Concat(columns.Select(c => "<col style=\"width:" + Number(c.Percent) + "%\">")) + "</colgroup>");
            Line(w, "<thead>");
            Line(w, "<tr>" + string.Concat(columns.Select(c => "<th scope=\"col\">" + Escape(c.Name) + "</th>")) + "</tr>");
            Line(w, "</thead>");
        }

        /// <summary>A table row; the cells are HTML already.</summary>
        private static void Row(TextWriter w, params string[] cells) =>
            Line(w, "<tr>" + string.Concat(cells.Select(c => "<td>" + c + "</td>")) + "</tr>");

        /// <summary>A comma-separated list of HTML items, or "none".</summary>
        private static string List(IEnumerable<string> items)
        {
            string text = string.Join(", ", items);
            return text.Length == 0 ? None : text;
        }

        private static string OrNotDeclared(string? text) => IsBlank(text) ? NotDeclared : Escape(text!);

        private static string OrNotStated(string? text) => IsBlank(text) ? "<span class=\"none\">not stated</span>" : Escape(text!);

        private static string Quote(string text) => "\u201c" + Escape(text) + "\u201d";

        /// <summary>Escaped text with a line-break opportunity after each dot, for long member names.</summary>
        private static string Breakable(string text) => Escape(text).Replace(".", ".<wbr>");

        private static string Count(int count, string one, string many) => Number(count) + " " + (count == 1 ? one : many);

        private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

        private static string ShortName(string type)
        {
            int dot = type.LastIndexOf('.');
            return dot < 0 ? type : type.Substring(dot + 1);
        }

        /// <summary>
        /// Cuts a diagram label so that it fits in a box, ending it with an ellipsis. SVG text does not wrap and the page
        /// cannot measure it, so the widths are generous estimates per kind of glyph (the box's title has the full text).
        /// </summary>
        private static string Fit(string text, int width, int fontSize, bool bold)
        {
            double scale = fontSize * (bold ? 1.0 : 0.94);
            double limit = width - (0.9 * scale); // room for the ellipsis
            double used = 0;
            for (int i = 0; i < text.Length; i++)
            {
                used += GlyphWidth(text[i]) * scale;
                if (used > width)
                {
                    // Too long: go back to where the text and an ellipsis fit.
                    double kept = 0;
                    int end = 0;
                    while (end < text.Length && kept + (GlyphWidth(text[end]) * scale) <= limit)
                    {
                        kept += GlyphWidth(text[end]) * scale;
                        end++;
                    }

                    return text.Substring(0, end).TrimEnd() + "\u2026";
                }
            }

            return text;
        }

        /// <summary>A generous width of a glyph in em, for <see cref="Fit"/>.</summary>
        private static double GlyphWidth(char c)
        {
            if ("il.,:;'|!j ".IndexOf(c) >= 0) return 0.36;
            if ("ftr()[]-".IndexOf(c) >= 0) return 0.48;
            if (c == 'm' || c == 'w' || c == 'M' || c == 'W' || c == '@') return 0.98;
            if (char.IsUpper(c)) return 0.8;
            if (char.IsLower(c)) return 0.66;
            if (char.IsDigit(c)) return 0.7;
            return 0.85;
        }

        private static bool IsBlank(string? text) => text is null || text.Trim().Length == 0;

        private static void Line(TextWriter w, string html)
        {
            w.Write(html);
            w.Write('\n');
        }

        /// <summary>Escapes text for HTML content and attribute values: &amp; &lt; &gt; &quot; and &#39;.</summary>
        private static string Escape(string text)
        {
            StringBuilder? escaped = null;
            for (int i = 0; i < text.Length; i++)
            {
                string? entity = text[i] switch
                {
                    '&' => "&amp;",
                    '<' => "&lt;",
                    '>' => "&gt;",
                    '"' => "&quot;",
                    '\'' => "&#39;",
                    _ => null,
                };

                if (entity is null)
                {
                    escaped?.Append(text[i]);
                    continue;
                }

                escaped ??= new StringBuilder(text, 0, i, text.Length + 16);
                escaped.Append(entity);
            }

            return escaped?.ToString() ?? text;
        }

        // ---------------------------------------------------------------- style

        private const string Css = @"*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: #f4f5f7; color: #1f2328; overflow-wrap: break-word; font: 15px/1.5 system-ui, -apple-system, ""Segoe UI"", Roboto, ""Helvetica Neue"", Arial, ""Liberation Sans"", ""DejaVu Sans"", sans-serif; }
header, main, footer, nav { max-width: 1180px; margin-left: auto; margin-right: auto; }
header { padding: 28px 24px 8px; }
h1 { font-size: 28px; margin: 0 0 4px; }
h2 { font-size: 20px; margin: 0 0 12px; }
h3 { font-size: 17px; margin: 0 0 6px; }
.article { font-size: 13px; font-weight: normal; color: #57606a; margin-left: 6px; }
.lead { margin: 0 0 16px; color: #3d444d; }
.parties { display: grid; grid-template-columns: repeat(auto-fit, minmax(320px, 1fr)); gap: 16px; }
.party { background: #fff; border: 1px solid #d8dee4; border-radius: 8px; padding: 14px 18px; }
.party h2 { font-size: 16px; margin-bottom: 8px; }
dl { display: grid; grid-template-columns: minmax(120px, max-content) 1fr; gap: 4px 14px; margin: 0; }
dt { color: #57606a; }
dd { margin: 0; overflow-wrap: anywhere; }
.warning { margin-top: 16px; margin-bottom: 0; padding: 14px 20px; background: #fff4e5; border: 2px solid #d97706; border-left-width: 8px; border-radius: 8px; }
.warning h2 { color: #9a3412; font-size: 18px; margin-bottom: 4px; }
.warning p { margin: 0 0 6px; }
.warning ul { margin: 0; padding-left: 22px; }
.complete { margin: 16px 0 0; padding: 10px 20px; background: #e9f7ef; border: 1px solid #6cc091; border-radius: 8px; color: #14532d; }
nav { padding: 12px 24px 0; }
nav ol { list-style: none; display: flex; flex-wrap: wrap; gap: 6px 18px; margin: 0; padding: 0; }
nav a { color: #0b5cad; text-decoration: none; }
nav a:hover { text-decoration: underline; }
main { padding: 0 24px 8px; }
section { background: #fff; border: 1px solid #d8dee4; border-radius: 8px; padding: 18px 22px; margin: 18px 0; }
section > p { margin: 0 0 12px; color: #3d444d; }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(340px, 1fr)); gap: 16px; }
.card { border: 1px solid #d8dee4; border-top: 4px solid #b45309; border-radius: 8px; padding: 14px 16px; background: #fffdf8; }
.card .description { margin: 0 0 10px; }
.card dl { font-size: 14px; }
.missing { color: #9a3412; background: #fff4e5; border: 1px dashed #d97706; border-radius: 4px; padding: 0 5px; font-weight: 600; }
.none { color: #6e7781; font-style: italic; }
.special { color: #7c2d12; font-weight: 600; }
.iso { color: #6e7781; font-size: 12px; }
.nowrap { white-space: nowrap; }
.empty { font-style: italic; }
table { width: 100%; table-layout: fixed; border-collapse: collapse; font-size: 14px; }
th, td { text-align: left; vertical-align: top; padding: 7px 10px; border-bottom: 1px solid #d8dee4; overflow-wrap: anywhere; }
thead th { background: #f0f2f5; border-bottom: 2px solid #afb8c1; font-weight: 600; }
tbody tr:nth-child(even) { background: #fafbfc; }
code { font-family: ui-monospace, ""SFMono-Regular"", Menlo, Consolas, ""Liberation Mono"", ""DejaVu Sans Mono"", monospace; font-size: 13px; overflow-wrap: anywhere; }
.data-map code { font-size: 12px; }
ul.plain { list-style: none; margin: 0; padding: 0; }
ul.plain li + li { margin-top: 4px; }
.measures { margin: 0; padding-left: 22px; }
.measures li { margin: 3px 0; }
.diagram { overflow: hidden; }
.diagram svg { display: block; height: auto; max-width: 1100px; margin: 0 auto; font-family: inherit; }
.diagram .heading { font-size: 14px; font-weight: 600; fill: #57606a; }
.diagram .node rect { stroke-width: 1.5; }
.diagram .subject rect { fill: #e8f0fe; stroke: #3867d6; }
.diagram .orphan rect { fill: #fff4e5; stroke: #d97706; stroke-dasharray: 5 3; }
.diagram .entity rect { fill: #e9f7ef; stroke: #2f855a; }
.diagram .purpose rect { fill: #fff7e6; stroke: #b45309; }
.diagram .label { font-size: 15px; font-weight: 600; fill: #1f2328; }
.diagram .detail { font-size: 12px; fill: #57606a; }
.diagram .nothing { font-size: 13px; font-style: italic; fill: #6e7781; }
.diagram .edge { fill: none; stroke-width: 2; opacity: 0.7; }
.diagram .to-entity { stroke: #3867d6; }
.diagram .to-purpose { stroke: #b45309; }
footer { padding: 0 24px 28px; color: #57606a; font-size: 13px; }
@media print {
  body { background: #fff; font-size: 11pt; }
  nav { display: none; }
  header, main, footer { max-width: none; padding-left: 0; padding-right: 0; }
  section { border: none; padding: 0; margin: 14pt 0; }
  .card, tr, .diagram, .warning { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
  thead { display: table-header-group; }
  tbody tr:nth-child(even) { background: none; }
}
";
    }
}

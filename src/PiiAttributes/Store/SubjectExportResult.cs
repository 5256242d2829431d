using System.Collections.Generic;
using System.Linq;
using Pii.Erasure;

namespace Pii.Store
{
    /// <summary>What a subject-wide export wrote. Holds no personal data.</summary>
    public sealed class SubjectExportResult
    {
        /// <summary>Creates the result.</summary>
        /// <param name="subjectType">The data subject's type.</param>
        /// <param name="found">Whether the subject exists.</param>
        /// <param name="rowsPerEntity">Rows written per entity type.</param>
        /// <param name="bytes">Bytes written to the destination.</param>
        public SubjectExportResult(string subjectType, bool found, IReadOnlyDictionary<string, int> rowsPerEntity, long bytes)
        {
            SubjectType = subjectType;
            Found = found;
            RowsPerEntity = rowsPerEntity;
            Bytes = bytes;
        }

        /// <summary>Gets the data subject's type.</summary>
        public string SubjectType { get; }

        /// <summary>Gets whether the subject exists; when not, nothing was written.</summary>
        public bool Found { get; }

        /// <summary>Gets the rows written per entity type.</summary>
        public IReadOnlyDictionary<string, int> RowsPerEntity { get; }

        /// <summary>Gets the number of bytes written.</summary>
        public long Bytes { get; }

        /// <summary>
        /// Gets a summary for a log: <c>Export of Contact: Contact 1 row, EmailEvent 2 rows, Invoice 0 rows; 4512 bytes</c>,
        /// or <c>Export of Contact: subject not found, nothing written</c>.
        /// </summary>
        /// <returns>The summary: the subject's type, the rows per entity type and the bytes written.</returns>
        public override string ToString() =>
            Found
                ? "Export of " + SubjectType + ": "
                    + string.Join(", ", RowsPerEntity.Select(entity => entity.Key + " " + ResultText.Count(entity.Value, "row", "rows")))
                    + (RowsPerEntity.Count > 0 ? "; " : string.Empty) + ResultText.Count(Bytes, "byte", "bytes")
                : "Export of " + SubjectType + ": subject not found, nothing written";
    }
}

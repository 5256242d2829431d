using System.Collections.Generic;

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
    }
}

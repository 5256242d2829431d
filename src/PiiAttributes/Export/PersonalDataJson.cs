using System.ComponentModel;
using System.Text.Json;

namespace Pii.Export
{
    /// <summary>The property names of Pii's export documents, pre-encoded once. Used by generated code.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static class PersonalDataJson
    {
        /// <summary>
        /// Encodes a member's name or a category for JSON, once per member when its generated class is initialised. Unlike
        /// <see cref="JsonEncodedText.Encode(string, System.Text.Encodings.Web.JavaScriptEncoder?)"/> it has no overloads,
        /// so the compiler binds each of the many generated calls without choosing among them.
        /// </summary>
        /// <param name="text">The text.</param>
        /// <returns>The encoded text.</returns>
        public static JsonEncodedText Encode(string text) => JsonEncodedText.Encode(text);

        /// <summary><c>value</c>: the member's value.</summary>
        public static readonly JsonEncodedText Value = JsonEncodedText.Encode("value");

        /// <summary><c>category</c>: the member's data category.</summary>
        public static readonly JsonEncodedText Category = JsonEncodedText.Encode("category");

        /// <summary><c>specialCategory</c>: the Art. 9 category of sensitive data.</summary>
        public static readonly JsonEncodedText SpecialCategory = JsonEncodedText.Encode("specialCategory");

        /// <summary><c>article9Condition</c>: the Art. 9(2) condition that allows processing sensitive data.</summary>
        public static readonly JsonEncodedText Article9Condition = JsonEncodedText.Encode("article9Condition");

        /// <summary><c>purposes</c>: the member's purposes with legal basis and retention.</summary>
        public static readonly JsonEncodedText Purposes = JsonEncodedText.Encode("purposes");
    }
}

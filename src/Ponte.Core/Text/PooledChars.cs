using System.Buffers;

namespace Ponte.Core.Text;

/// <summary>
/// Text being written into a buffer rented from the shared pool, growing as needed: for code that builds a string per
/// document or per name, where a builder each time is garbage. A mutable struct: keep it in a local, pass it by ref, and
/// <see cref="Release"/> it when done.
/// </summary>
public struct PooledChars(int capacity)
{
    private char[] _buffer = ArrayPool<char>.Shared.Rent(Math.Max(16, capacity));

    /// <summary>Characters written so far.</summary>
    public int Length { get; private set; }

    /// <summary>The last character written (there must be one).</summary>
    public readonly char Last => _buffer[Length - 1];

    /// <summary>What has been written.</summary>
    public readonly ReadOnlySpan<char> Written => _buffer.AsSpan(0, Length);

    /// <summary>Writes one character.</summary>
    public void Append(char c)
    {
        if (Length == _buffer.Length)
        {
            Grow(Length + 1);
        }

        _buffer[Length++] = c;
    }

    /// <summary>Writes <paramref name="chars"/>.</summary>
    public void Append(ReadOnlySpan<char> chars)
    {
        if (Length + chars.Length > _buffer.Length)
        {
            Grow(Length + chars.Length);
        }

        chars.CopyTo(_buffer.AsSpan(Length));
        Length += chars.Length;
    }

    /// <summary>Returns the buffer to the pool; nothing may be written or read after.</summary>
    public void Release()
    {
        ArrayPool<char>.Shared.Return(_buffer);
        _buffer = [];
        Length = 0;
    }

    private void Grow(int needed)
    {
        var larger = ArrayPool<char>.Shared.Rent(Math.Max(needed, _buffer.Length * 2));
        Written.CopyTo(larger);
        ArrayPool<char>.Shared.Return(_buffer);
        _buffer = larger;
    }
}

package io.patchbay.libvirt;

import com.sun.jna.Callback;
import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;

/**
 * Replaces libvirt's default error printer (which writes every error to stderr) with one that
 * does nothing: errors reach users once, as our own sentence. Bound here with raw pointers on
 * purpose: libvirt-java's {@code Connect.setErrorCallback} hands the callback a JNA Structure
 * with String fields, which JNA writes back after the callback, replacing libvirt's string
 * pointers with its own memory; libvirt later frees those (heap corruption, seen as
 * "malloc_consolidate(): unaligned fastbin chunk detected").
 */
final class SilentErrors {
    /** virErrorFunc: void (*)(void *userData, virErrorPtr error). */
    interface ErrorFunc extends Callback {
        void invoke(Pointer userData, Pointer error);
    }

    /** The one libvirt function we bind ourselves. */
    interface ErrorLib extends Library {
        void virSetErrorFunc(Pointer userData, ErrorFunc handler);
    }

    /** Strong reference for as long as libvirt may call it (the whole JVM). */
    private static final ErrorFunc SILENT = (userData, error) -> { };
    private static boolean installed;

    private SilentErrors() {
    }

    static synchronized void install() {
        if (!installed) {
            ErrorLib lib = Native.load("virt", ErrorLib.class);
            lib.virSetErrorFunc(null, SILENT);
            installed = true;
        }
    }
}

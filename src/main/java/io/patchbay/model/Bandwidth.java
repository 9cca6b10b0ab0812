package io.patchbay.model;

/**
 * A vNIC's {@code <bandwidth>}: average, peak (KiB/s) and burst (KiB) of each direction as
 * libvirt's XML gives them; null where it does not.
 */
public record Bandwidth(Integer inboundAverage, Integer inboundPeak, Integer inboundBurst,
                        Integer outboundAverage, Integer outboundPeak, Integer outboundBurst) {
}

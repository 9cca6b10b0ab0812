package io.patchbay.model;

/** One fact of a vNIC that differs between the running VM and its persistent definition. */
public record FieldDrift(String field, String live, String config) {
}

# The wasted-space experiment: a later layer deletes a file an earlier layer wrote.
FROM scratch
COPY busybox /bin/busybox
RUN ["/bin/busybox", "--install", "-s", "/bin"]
# Layer: an 8 MiB "download", standing in for an installer or an archive to unpack.
RUN head -c 8388608 /dev/urandom > /download.bin
# Layer: use it, then delete it. The file disappears from the container's view,
# but the layer that wrote it still holds all 8 MiB, so the image is no smaller.
RUN wc -c /download.bin > /download-size.txt
RUN rm /download.bin
CMD ["/bin/cat", "/download-size.txt"]

package budget.stack;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoThreadFactory;
import de.bwaldvogel.mongo.wire.MongoDatabaseHandler;
import de.bwaldvogel.mongo.wire.MongoExceptionHandler;
import de.bwaldvogel.mongo.wire.MongoWireMessageEncoder;
import de.bwaldvogel.mongo.wire.MongoWireReplyEncoder;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;

import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;

/**
 * mongo-java-server's {@code MongoServer} as the local run binds it: the same Netty pipeline, with the decoder that
 * keeps the bytes inserted documents arrive as ({@link InsertedBytes.Decoder}).
 */
final class WireServer {

    private final MongoBackend backend;
    private EventLoopGroup boss;
    private EventLoopGroup workers;
    private Channel channel;

    WireServer(MongoBackend backend) {
        this.backend = backend;
    }

    /** Listens on the address (port 0: any free one); returns the address it listens on. */
    InetSocketAddress bind(String host, int port) {
        boss = new NioEventLoopGroup(0, new MongoThreadFactory("mongo-server-boss"));
        workers = new NioEventLoopGroup(0, new MongoThreadFactory("mongo-server-worker"));
        ChannelGroup clients = new DefaultChannelGroup("mongodb-channels", workers.next());
        try {
            channel = new ServerBootstrap().group(boss, workers).channel(NioServerSocketChannel.class)
                    .option(ChannelOption.SO_BACKLOG, 100)
                    .localAddress(new InetSocketAddress(host, port))
                    .childOption(ChannelOption.TCP_NODELAY, Boolean.TRUE)
                    .childHandler(new ChannelInitializer<SocketChannel>() {
                        @Override
                        public void initChannel(SocketChannel ch) {
                            ch.pipeline().addLast(new MongoWireReplyEncoder());
                            ch.pipeline().addLast(new MongoWireMessageEncoder());
                            ch.pipeline().addLast(new InsertedBytes.Decoder());
                            ch.pipeline().addLast(new MongoDatabaseHandler(backend, clients));
                            ch.pipeline().addLast(new MongoExceptionHandler());
                        }
                    })
                    .bind().syncUninterruptibly().channel();
            return (InetSocketAddress) channel.localAddress();
        } catch (RuntimeException e) {
            shutdown();
            throw e;
        }
    }

    /** Stops listening, ends the event loops (the clients' requests in progress first) and closes the backend. */
    void shutdown() {
        if (channel != null) {
            channel.close().syncUninterruptibly();
            channel = null;
        }
        for (EventLoopGroup group : new EventLoopGroup[] {boss, workers}) {
            if (group != null) {
                group.shutdownGracefully(0, 5, TimeUnit.SECONDS).syncUninterruptibly();
            }
        }
        backend.close();
    }
}
